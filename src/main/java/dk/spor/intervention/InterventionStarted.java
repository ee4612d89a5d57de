package dk.spor.intervention;

import java.time.LocalDate;

/** An intervention started: the follow-up clock runs (barnets lov § 95), and a provider now delivers it. */
public record InterventionStarted(long interventionId, long caseId, long childId, Long providerId, boolean placement,
        LocalDate startedOn) {
}
