package dk.spor.audit;

import java.time.Instant;
import java.util.Map;

import dk.spor.organisation.Role;

/** One line of the audit log. Name and role are as they were when it happened; older lines may lack them. */
public record AuditEvent(long id, Instant occurredAt, Long userId, String username, String userFullName,
        Role userRole, AuditAction action, String entityType, String entityId, Long childId, String purpose,
        String request, String remote) {

    private static final Map<String, String> SUBJECTS = Map.of(
            "child", "Barnets oplysninger",
            "case", "Sag",
            "user", "Bruger",
            "audit_log", "Logning");

    /** What was touched, in Danish: "Sag 42". Unknown kinds are shown as recorded. */
    public String subject() {
        String kind = SUBJECTS.getOrDefault(entityType, entityType);
        return entityId == null || "child".equals(entityType) ? kind : kind + " " + entityId;
    }

    public String roleLabel() {
        return userRole == null ? "" : userRole.danishLabel();
    }
}
