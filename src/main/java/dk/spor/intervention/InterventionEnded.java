package dk.spor.intervention;

import java.time.LocalDate;

/** An intervention ended; {@code purposeReached} says whether it did what it was granted for. */
public record InterventionEnded(long interventionId, long caseId, long childId, Long providerId, LocalDate endedOn,
        boolean purposeReached, String reason) {
}
