package dk.spor.assessment.web;

import java.time.LocalDate;

import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.domain.NewInvestigation;
import org.springframework.validation.BindingResult;

/** Starting an afdækning or BFU on new information, as typed. */
record NewInvestigationForm(String kind, String reason, String awarenessDate, String caseVersion) {

    static NewInvestigationForm empty(LocalDate today) {
        return new NewInvestigationForm(null, null, today.toString(), null);
    }

    NewInvestigation toInvestigation(BindingResult binding) {
        return new NewInvestigation(Forms.choice(InvestigationKind.class, kind), reason,
                Forms.date("awarenessDate", awarenessDate, binding));
    }
}
