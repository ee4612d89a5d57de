package dk.spor.audit;

import java.time.LocalDate;

/** The administrator's filters on the audit log; null means "any". Dates are whole Danish days, both included. */
public record AuditQuery(String username, AuditAction action, Long childId, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
