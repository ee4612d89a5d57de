package dk.spor.audit;

import java.util.List;

/** One page of the audit log, newest first, with the positions to page on from (null at either end). */
public record AuditPage(List<AuditEvent> events, AuditPosition newer, AuditPosition older) {
}
