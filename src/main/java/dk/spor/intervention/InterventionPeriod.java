package dk.spor.intervention;

import java.time.LocalDate;

/** An intervention as other modules see it: its period marks the progression chart, its provider the access. */
public record InterventionPeriod(long id, long caseId, long childId, String typeName, Long providerId,
        String providerName, InterventionStatus status, LocalDate grantedOn, LocalDate startedOn, LocalDate endedOn,
        Integer expectedDurationMonths) {
}
