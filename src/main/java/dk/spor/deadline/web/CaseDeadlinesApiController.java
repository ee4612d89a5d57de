package dk.spor.deadline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.Deadlines;
import dk.spor.intake.ConcernReport;
import dk.spor.intake.Intake;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.platform.ClockConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A case's or a concern report's deadlines as JSON, each with the rule version and the trigger it was computed from. */
@RestController
@Tag(name = "Frister")
class CaseDeadlinesApiController {

    private final CurrentUsers currentUsers;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final Intake intake;

    CaseDeadlinesApiController(CurrentUsers currentUsers, CaseFiles caseFiles, Deadlines deadlines, AuditLog audit,
            Clock clock, Intake intake) {
        this.intake = intake;
        this.currentUsers = currentUsers;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/cases/{caseId}/deadlines")
    @Operation(summary = "A case's deadlines, open first",
            description = "Times are ISO-8601 with the offset of Danish time (Europe/Copenhagen). "
                    + "Answers 404 for a case outside the user's access, as if it did not exist.")
    CaseDeadlines deadlines(@PathVariable long caseId) {
        CurrentUser user = currentUsers.require();
        CaseFile caseFile = caseFiles.caseFile(user.accessScope(), caseId).orElseThrow(() -> notFound(caseId));
        List<Deadline> found = deadlines.forCase(caseId);
        audit.read(caseFile.childId(), "case-deadlines", caseId, "Sagens frister (API)");
        Instant now = clock.instant();
        return new CaseDeadlines(caseId, found.stream().map(deadline -> DeadlineJson.of(deadline, now)).toList());
    }

    @GetMapping("/api/v1/concern-reports/{reportId}/deadlines")
    @Operation(summary = "A concern report's deadlines: the 24-hour assessment and the receipt to the reporter",
            description = "Times are ISO-8601 with the offset of Danish time (Europe/Copenhagen). "
                    + "Answers 404 for a report outside the user's access, as if it did not exist.")
    ConcernReportDeadlines concernReportDeadlines(@PathVariable long reportId) {
        ConcernReport report = intake.report(currentUsers.require(), reportId);
        Instant now = clock.instant();
        return new ConcernReportDeadlines(reportId, deadlines.forSubject(ConcernReport.SUBJECT_TYPE, reportId)
                .stream().map(deadline -> DeadlineJson.of(deadline, now)).toList());
    }

    /** Audits the attempt against the child when the case exists, and answers as if it did not. */
    private ResponseStatusException notFound(long caseId) {
        caseFiles.caseFile(AccessScope.all(), caseId).ifPresent(c -> audit.denied(c.childId(), "case", caseId));
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    record CaseDeadlines(long caseId, List<DeadlineJson> deadlines) {
    }

    record ConcernReportDeadlines(long reportId, List<DeadlineJson> deadlines) {
    }

    /** {@code status} is open, met or overdue; {@code computedAs} says it in Danish ("6 hverdage efter ..."). */
    record DeadlineJson(String ruleId, String nameDa, int ruleVersion, String legalReference, String triggerEvent,
            String computedAs, String triggeredAt, String dueAt, String status, String completedAt,
            String escalatedAt) {

        private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

        static DeadlineJson of(Deadline deadline, Instant now) {
            var rule = deadline.rule();
            return new DeadlineJson(rule.id(), rule.nameDa(), rule.version(), rule.legalReference(),
                    rule.triggerEvent(), rule.computedAs(), iso(deadline.triggeredAt()), iso(deadline.dueAt()),
                    deadline.statusAt(now).name().toLowerCase(Locale.ROOT), iso(deadline.metAt()),
                    iso(deadline.escalatedAt()));
        }

        private static String iso(Instant instant) {
            return instant == null ? null : ISO.format(instant.atZone(ClockConfiguration.DANISH_TIME));
        }
    }
}
