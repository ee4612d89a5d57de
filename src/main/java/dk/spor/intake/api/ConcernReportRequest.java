package dk.spor.intake.api;

import java.time.OffsetDateTime;
import java.util.Set;

import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.NewConcernReport;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;
import dk.spor.platform.ClockConfiguration;

/** A concern report or request posted by an integration, e.g. the national digital reporting form. */
record ConcernReportRequest(ReportKind kind, String cpr, String firstName, String lastName, Long teamId,
        ReporterType reporterType, String reporterName, String reporterOrganisation, String reporterContact,
        OffsetDateTime receivedAt, Channel channel, Set<ConcernCategory> categories, String content) {

    NewConcernReport toReport() {
        var local = receivedAt == null ? null : receivedAt.atZoneSameInstant(ClockConfiguration.DANISH_TIME);
        return new NewConcernReport(kind, cpr, firstName, lastName, teamId, reporterType, reporterName,
                reporterOrganisation, reporterContact, local == null ? null : local.toLocalDate(),
                local == null ? null : local.toLocalTime(), channel, categories, content);
    }
}
