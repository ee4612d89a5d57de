package dk.spor.followup;

import java.time.Instant;
import java.util.List;

/**
 * The caseworker assessed new information. {@code interventionIds} are the interventions to adjust when the outcome
 * is {@link AssessmentOutcome#ADJUST_INTERVENTION}, otherwise empty.
 */
public record NewInformationAssessed(long newInformationId, long caseId, long childId, AssessmentOutcome outcome,
        List<Long> interventionIds, long actorId, Instant assessedAt) {
}
