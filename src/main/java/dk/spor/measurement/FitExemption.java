package dk.spor.measurement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * FIT is not used on a case, for a professional reason (seed 001: very conflict-ridden courses, children with
 * cognitive difficulties). It lasts until {@code validUntil}, when it is to be reconsidered, or until it is ended.
 */
public record FitExemption(long id, long caseId, String reason, String decidedByName, Instant decidedAt,
        LocalDate validUntil, Instant endedAt) {

    public boolean activeOn(LocalDate day) {
        return endedAt == null && (validUntil == null || !validUntil.isBefore(day));
    }
}
