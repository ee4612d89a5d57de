package dk.spor.audit;

import java.time.Instant;
import java.util.List;

/** The answer to a citizen's insight request: every recorded access to one child's data, newest first. */
public record InsightReport(long childId, String childName, String cpr, Instant producedAt, List<AuditEvent> accesses) {
}
