package dk.spor.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEvent(long id, Instant occurredAt, Long userId, String username, AuditAction action,
        String entityType, String entityId, Long childId, String purpose, String request, String remote) {
}
