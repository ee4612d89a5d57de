package dk.spor.assessment.web;

import java.time.LocalDate;

import dk.spor.assessment.domain.ConsentBasis;
import dk.spor.assessment.domain.NewInformationRequest;
import dk.spor.assessment.domain.RecipientKind;
import org.springframework.validation.BindingResult;

/** An information request as typed. */
record InformationRequestForm(String recipientKind, String recipientName, String purpose, String questions,
        String replyDue, String consentBasis, String withoutConsentJustification, String sentOn) {

    static InformationRequestForm sentToday(LocalDate today) {
        return new InformationRequestForm(null, null, null, null, null, null, null, today.toString());
    }

    NewInformationRequest toRequest(BindingResult binding) {
        return new NewInformationRequest(Forms.choice(RecipientKind.class, recipientKind), recipientName, purpose,
                questions, Forms.date("replyDue", replyDue, binding), Forms.choice(ConsentBasis.class, consentBasis),
                withoutConsentJustification, Forms.date("sentOn", sentOn, binding));
    }
}
