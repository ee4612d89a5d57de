package dk.spor.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An intervention with everything its page shows. */
public record Intervention(long id, long caseId, long childId, Long decisionId, String typeCode, String typeName,
        String legalBasisLabel, boolean placement, Long providerId, String providerName, String providerContact,
        String purpose, Integer expectedDurationMonths, LocalDate grantedOn, LocalDate plannedStartOn,
        LocalDate startedOn, LocalDate endedOn, String endReason, Boolean purposeReached, InterventionStatus status,
        String waitingAssessment, Instant waitingAssessedAt, String waitingAssessedByName, List<Long> goalIds,
        int version) {

    public WaitingTime waitingTime(LocalDate today, int limitDays) {
        return WaitingTime.of(grantedOn, startedOn, today, limitDays, waitingAssessment != null);
    }

    /** The expected end from the start and the expected duration, when both are known. */
    public LocalDate expectedEndOn() {
        return startedOn == null || expectedDurationMonths == null ? null : startedOn.plusMonths(expectedDurationMonths);
    }
}
