package dk.spor.measurement.progression;

import java.time.Instant;

/** A materialised alert as the lists show it. */
public record AlertRow(long id, long caseId, long childId, String childName, AlertKind kind, String title,
        String detail, Instant raisedAt, Instant resolvedAt, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
