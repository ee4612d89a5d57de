package dk.spor.audit.api;

import java.time.Instant;
import java.util.List;

import dk.spor.audit.AuditEvent;
import dk.spor.audit.InsightReport;

/** The JSON of an insight request: every recorded access to one child's data, newest first. */
record AccessLogResponse(long childId, String childName, String cpr, Instant producedAt, List<Access> accesses) {

    /** One access. Codes (role, action) are stable; labels are the Danish text. */
    record Access(Instant occurredAt, String username, String fullName, String role, String roleLabel, String action,
            String actionLabel, String entityType, String entityId, String what, String purpose) {

        static Access of(AuditEvent e) {
            return new Access(e.occurredAt(), e.username(), e.userFullName(),
                    e.userRole() == null ? null : e.userRole().name(), e.roleLabel(), e.action().name(),
                    e.action().danishLabel(), e.entityType(), e.entityId(), e.subject(), e.purpose());
        }
    }

    static AccessLogResponse of(InsightReport report) {
        return new AccessLogResponse(report.childId(), report.childName(), report.cpr(), report.producedAt(),
                report.accesses().stream().map(Access::of).toList());
    }
}
