package dk.spor.intake.api;

import java.time.OffsetDateTime;
import java.util.Set;

import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.ConcernReport;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;
import dk.spor.platform.ClockConfiguration;

/** A concern report as the API shows it; times in Danish local time with offset. */
record ConcernReportResponse(long id, long childId, long caseId, ReportKind kind, ReporterType reporterType,
        String reporterName, String reporterOrganisation, OffsetDateTime receivedAt, Channel channel,
        Set<ConcernCategory> categories, String content, OffsetDateTime assessedAt, Boolean acuteDanger,
        String assessmentReasons, OffsetDateTime receiptConfirmedAt) {

    static ConcernReportResponse of(ConcernReport r) {
        return new ConcernReportResponse(r.id(), r.childId(), r.caseId(), r.kind(), r.reporterType(), r.reporterName(),
                r.reporterOrganisation(), local(r.receivedAt()), r.channel(), r.categories(), r.content(),
                local(r.assessedAt()), r.acuteDanger(), r.assessmentReasons(), local(r.receiptConfirmedAt()));
    }

    private static OffsetDateTime local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(ClockConfiguration.DANISH_TIME).toOffsetDateTime();
    }
}
