package dk.spor.intake;

import java.time.Instant;
import java.util.Set;

/** A registered concern report or request, with its 24-hour assessment and receipt once they are done. */
public record ConcernReport(long id, long childId, long caseId, ReportKind kind, ReporterType reporterType,
        String reporterName, String reporterOrganisation, String reporterContact, Instant receivedAt, Channel channel,
        String content, Set<ConcernCategory> categories, Instant registeredAt, String registeredByName,
        Instant assessedAt, String assessedByName, Boolean acuteDanger, String immediateAction,
        String assessmentReasons, Instant receiptConfirmedAt, int version) {

    /** How deadlines and other modules name a concern report as their subject. */
    public static final String SUBJECT_TYPE = "CONCERN_REPORT";

    public boolean isAssessed() {
        return assessedAt != null;
    }

    /** Only a professional reporter gets a receipt (and the later answer whether it led to anything). */
    public boolean needsReceipt() {
        return kind == ReportKind.CONCERN_REPORT && reporterType.isProfessional() && receiptConfirmedAt == null;
    }

    public boolean concernsViolenceOrAbuse() {
        return categories.stream().anyMatch(ConcernCategory::isViolenceOrAbuse);
    }

    public String reporterDescription() {
        String who = reporterType.danishLabel();
        if (reporterOrganisation != null && !reporterOrganisation.isBlank()) {
            who += ", " + reporterOrganisation;
        }
        return who;
    }
}
