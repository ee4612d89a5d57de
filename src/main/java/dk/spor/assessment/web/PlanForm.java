package dk.spor.assessment.web;

import dk.spor.assessment.domain.InvestigationPlan;
import dk.spor.assessment.domain.PlanDraft;
import org.springframework.validation.BindingResult;

/** The assessment plan as typed, with the version the user saw. */
record PlanForm(String purpose, String questions, String sources, String expectedCompletion,
        String sharedWithFamily, String version) {

    static PlanForm of(InvestigationPlan plan) {
        return new PlanForm(plan.purpose(), plan.questions(), plan.sources(),
                plan.expectedCompletion() == null ? null : plan.expectedCompletion().toString(),
                String.valueOf(plan.sharedWithFamily()), String.valueOf(plan.version()));
    }

    PlanDraft toDraft(BindingResult binding) {
        return new PlanDraft(purpose, questions, sources, Forms.date("expectedCompletion", expectedCompletion, binding),
                Forms.ticked(sharedWithFamily));
    }
}
