package dk.spor.followup;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.spor.assessment.InvestigationKind;
import dk.spor.shared.FieldErrors;

/**
 * The caseworker's assessment of new information: the outcome, the professional assessment behind it, and what the
 * outcome needs: which interventions change and how, when the follow-up meeting is, or which investigation to open.
 */
public record NewAssessment(AssessmentOutcome outcome, String assessment, List<Long> interventionIds,
        String adjustment, Instant meetingStartsAt, InvestigationKind investigationKind) {

    public NewAssessment {
        interventionIds = interventionIds == null ? List.of() : List.copyOf(interventionIds);
    }

    /**
     * Checks the outcome's requirements. {@code adjustable} are the case's interventions that have not ended; only
     * they can be adjusted. A follow-up meeting must lie after {@code now}.
     */
    public FieldErrors validate(Set<Long> adjustable, Instant now) {
        FieldErrors errors = new FieldErrors()
                .required("outcome", outcome, "Vælg hvad oplysningerne giver anledning til.")
                .text("assessment", assessment)
                .text("adjustment", adjustment);
        if (outcome == null) {
            return errors;
        }
        switch (outcome) {
            case NO_ADJUSTMENT -> errors.required("assessment", assessment,
                    "Begrund hvorfor oplysningerne ikke giver anledning til at justere noget.");
            case ADJUST_INTERVENTION -> {
                if (adjustable.isEmpty()) {
                    errors.reject("interventionIds", "Sagen har ingen indsatser, der kan justeres. Vælg et andet udfald.");
                } else if (interventionIds.isEmpty() || !adjustable.containsAll(interventionIds)) {
                    errors.reject("interventionIds", "Vælg hvilken indsats der skal justeres.");
                }
                errors.required("adjustment", adjustment, "Beskriv hvad der ændres i indsatsen.");
            }
            case FOLLOW_UP_MEETING -> {
                errors.required("meetingStartsAt", meetingStartsAt, "Vælg dato og tidspunkt for opfølgningsmødet.");
                if (meetingStartsAt != null && !meetingStartsAt.isAfter(now)) {
                    errors.reject("meetingStartsAt", "Opfølgningsmødet skal ligge efter nu.");
                }
            }
            case NEW_INVESTIGATION -> errors.required("investigationKind", investigationKind,
                    "Vælg om der skal laves en afdækning eller en børnefaglig undersøgelse.");
        }
        return errors;
    }
}
