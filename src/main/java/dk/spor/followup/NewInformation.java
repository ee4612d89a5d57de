package dk.spor.followup;

import java.time.Instant;
import java.util.List;

import dk.spor.assessment.InvestigationKind;

/**
 * A piece of new information on an open case and, once assessed, what it gave rise to. {@code interventionNames}
 * are the interventions an {@link AssessmentOutcome#ADJUST_INTERVENTION} changes.
 */
public record NewInformation(long id, NewInformationSource source, long sourceId, long caseId, long childId,
        Instant receivedAt, String title, String summary, AssessmentOutcome outcome, String assessment,
        String adjustment, List<String> interventionNames, Instant meetingStartsAt, InvestigationKind investigationKind,
        Instant investigationStartedAt, String assessedByName, Instant assessedAt, int version) {

    public boolean isAssessed() {
        return assessedAt != null;
    }

    /** A new afdækning or BFU was decided but has not been started yet: an open loop to close. */
    public boolean awaitsInvestigation() {
        return outcome == AssessmentOutcome.NEW_INVESTIGATION && investigationStartedAt == null;
    }
}
