package dk.spor.intake;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseAccessSql;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.shared.Cpr;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import dk.spor.shared.ValidationFailed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers concern reports and requests and routes them: to the caseworker of the child's open case, or to a new
 * case in the team's intake queue, where a team leader assigns a caseworker.
 */
@Service
public class Intake {

    private final JdbcClient jdbc;
    private final People people;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Intake(JdbcClient jdbc, People people, CaseFiles caseFiles, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public ChildLookup lookupChild(CurrentUser user, String cprText) {
        var cpr = Cpr.parse(cprText);
        if (cpr.isEmpty()) {
            return ChildLookup.invalid();
        }
        var child = people.childByCpr(cpr.get());
        if (child.isEmpty()) {
            return ChildLookup.newChild();
        }
        long childId = child.get().id();
        if (!caseFiles.canSeeChild(user.accessScope(), childId)) {
            return ChildLookup.elsewhere();
        }
        audit.read(childId, "child", childId, "Opslag ved registrering af underretning");
        String caseDescription = caseFiles.openCaseOfChild(childId)
                .map(c -> "Åben sag: " + c.phase().danishLabel()).orElse("Ingen åben sag");
        return new ChildLookup(ChildLookup.Status.KNOWN, child.get().fullName(),
                child.get().ageOn(LocalDate.now(clock)), caseDescription);
    }

    @Transactional
    public Registration register(CurrentUser user, NewConcernReport report) {
        var cpr = Cpr.parse(report.cpr());
        var existing = cpr.flatMap(people::childByCpr);
        report.validate(clock, existing.isPresent()).throwIfAny();
        Child child = existing.orElseGet(() -> people.createChild(cpr.orElseThrow(), report.firstName(), report.lastName()));
        var openCase = caseFiles.openCaseOfChild(child.id());
        CaseFile caseFile = openCase.orElseGet(() -> caseFiles.open(child.id(), teamFor(user, report),
                report.receivedDate(), CasePhase.NOTIFICATION_RECEIVED, user.id()));
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into concern_report (child_id, case_id, kind, reporter_type, reporter_name, reporter_organisation,
                       reporter_contact, received_at, channel, content, concern_categories, registered_by, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?) returning id""")
                .param(child.id()).param(caseFile.id()).param(report.kind().name()).param(report.reporterType().name())
                .param(blankToNull(report.reporterName())).param(blankToNull(report.reporterOrganisation()))
                .param(blankToNull(report.reporterContact())).param(Timestamp.from(report.receivedAt().toInstant()))
                .param(report.channel().name()).param(report.content().strip())
                .param(toArrayLiteral(report.categories())).param(user.id()).param(Timestamp.from(now))
                .query(Long.class).single();
        String from = report.reporterType().danishLabel()
                + (report.reporterOrganisation() == null || report.reporterOrganisation().isBlank() ? "" : ", " + report.reporterOrganisation().strip());
        caseFiles.record(caseFile.id(), report.receivedAt().toInstant(), "intake.received",
                report.kind().danishLabel() + " modtaget fra " + from, abbreviate(report.content()), user.id());
        audit.write(AuditAction.CREATE, child.id(), "concern_report", id, report.kind().danishLabel() + " registreret");
        events.publishEvent(new ConcernReportReceived(id, caseFile.id(), child.id(), report.receivedAt().toInstant(),
                report.kind() == ReportKind.CONCERN_REPORT && report.reporterType().isProfessional(), report.kind(),
                caseFile.caseworkerId()));
        return new Registration(id, child.id(), caseFile.id(), openCase.isEmpty(),
                caseFiles.canSeeChild(user.accessScope(), child.id()));
    }

    public ConcernReport report(CurrentUser user, long reportId) {
        ConcernReport report = find(reportId).orElseThrow(() -> new NotFound("Concern report " + reportId));
        caseFiles.requireChildAccess(user, report.childId());
        audit.read(report.childId(), "concern_report", reportId, "Underretning læst");
        return report;
    }

    /** All reports on the child, newest first. The caller has checked access to the child. */
    public List<ConcernReport> reportsOfChild(long childId) {
        return jdbc.sql(SELECT + " where r.child_id = ? order by r.received_at desc").param(childId)
                .query(Intake::map).list();
    }

    /** Whether a child's reports (as from {@link #reportsOfChild}) hold two or more in the six months up to now. */
    public boolean isRepeatedConcern(List<ConcernReport> reportsOfChild) {
        return RepeatConcern.isRepeatedAt(reportsOfChild.stream().map(ConcernReport::receivedAt).toList(),
                clock.instant());
    }

    /** Children the user may see with repeated concern in the last six months, most recent first. */
    public List<RepeatedConcernRow> repeatedConcern(CurrentUser user, int limit) {
        return jdbc.sql("""
                select ch.id as child_id, ch.first_name || ' ' || ch.last_name as child_name, count(*) as reports,
                       max(r.received_at) as latest_received_at, u.full_name as caseworker_name
                  from concern_report r
                  join case_file c on c.id = r.case_id
                  join child ch on ch.id = r.child_id
                  left join app_user u on u.id = c.caseworker_id
                 where r.received_at > :since and c.closed_at is null and """ + CaseAccessSql.visibleCase("c") + """
                 group by ch.id, ch.first_name, ch.last_name, u.full_name
                having count(*) >= :threshold
                 order by max(r.received_at) desc
                 limit :limit""")
                .params(CaseAccessSql.recordParams(user.accessScope()))
                .param("since", Timestamp.from(RepeatConcern.windowStart(clock.instant())))
                .param("threshold", RepeatConcern.THRESHOLD).param("limit", limit)
                .query(RepeatedConcernRow.class).list();
    }

    @Transactional
    public void assessAcute(CurrentUser user, long reportId, int expectedVersion, AcuteAssessment assessment) {
        ConcernReport report = report(user, reportId);
        FieldErrors errors = assessment.validate();
        if (report.isAssessed()) {
            errors.reject("acuteDanger", "Underretningen er allerede vurderet.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update concern_report set assessed_at = ?, assessed_by = ?, acute_danger = ?, immediate_action = ?,
                       assessment_reasons = ?, version = version + 1
                 where id = ? and version = ? and assessed_at is null""")
                .param(Timestamp.from(now)).param(user.id()).param(assessment.acuteDanger())
                .param(blankToNull(assessment.immediateAction())).param(assessment.reasons().strip())
                .param(reportId).param(expectedVersion).update();
        if (updated == 0) {
            throw new ConcernReportConflict();
        }
        caseFiles.record(report.caseId(), now, "intake.assessed",
                Boolean.TRUE.equals(assessment.acuteDanger()) ? "Underretning vurderet: barnet er i akut fare"
                        : "Underretning vurderet: ikke akut fare",
                assessment.reasons().strip(), user.id());
        audit.write(AuditAction.UPDATE, report.childId(), "concern_report", reportId, "Vurdering inden for 24 timer");
        events.publishEvent(new ConcernReportAssessed(reportId, report.caseId(), report.childId(), now,
                assessment.acuteDanger()));
    }

    @Transactional
    public void confirmReceipt(CurrentUser user, long reportId, int expectedVersion) {
        ConcernReport report = report(user, reportId);
        if (!report.needsReceipt()) {
            throw new ValidationFailed(new FieldErrors().reject("receipt",
                    "Der skal ikke kvitteres for denne underretning, eller der er allerede kvitteret."));
        }
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update concern_report set receipt_confirmed_at = ?, receipt_confirmed_by = ?, version = version + 1
                 where id = ? and version = ? and receipt_confirmed_at is null""")
                .param(Timestamp.from(now)).param(user.id()).param(reportId).param(expectedVersion).update();
        if (updated == 0) {
            throw new ConcernReportConflict();
        }
        caseFiles.record(report.caseId(), now, "intake.receipt", "Kvittering sendt til underretter",
                report.reporterDescription(), user.id());
        audit.write(AuditAction.UPDATE, report.childId(), "concern_report", reportId, "Kvittering til underretter");
        events.publishEvent(new ReceiptConfirmed(reportId, report.caseId(), report.childId(), now));
    }

    Optional<ConcernReport> find(long reportId) {
        return jdbc.sql(SELECT + " where r.id = ?").param(reportId).query(Intake::map).optional();
    }

    private long teamFor(CurrentUser user, NewConcernReport report) {
        if (report.teamId() != null && (user.teamIds().contains(report.teamId()) || user.teamIds().isEmpty())) {
            return report.teamId();
        }
        return user.teamIds().stream().sorted().findFirst().orElseThrow(() -> new ValidationFailed(
                new FieldErrors().reject("teamId", "Vælg hvilket team sagen skal høre til.")));
    }

    private static String toArrayLiteral(Set<ConcernCategory> categories) {
        return categories.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 300 ? stripped : stripped.substring(0, 297) + "…";
    }

    private static final String SELECT = """
            select r.id, r.child_id, r.case_id, r.kind, r.reporter_type, r.reporter_name, r.reporter_organisation,
                   r.reporter_contact, r.received_at, r.channel, r.content, r.concern_categories, r.registered_at,
                   reg.full_name as registered_by_name, r.assessed_at, ass.full_name as assessed_by_name,
                   r.acute_danger, r.immediate_action, r.assessment_reasons, r.receipt_confirmed_at, r.version
              from concern_report r
              left join app_user reg on reg.id = r.registered_by
              left join app_user ass on ass.id = r.assessed_by""";

    private static ConcernReport map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("concern_categories");
        Set<ConcernCategory> categories = EnumSet.noneOf(ConcernCategory.class);
        Arrays.stream((String[]) array.getArray()).map(ConcernCategory::valueOf).forEach(categories::add);
        return new ConcernReport(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("case_id"),
                ReportKind.valueOf(rs.getString("kind")), ReporterType.valueOf(rs.getString("reporter_type")),
                rs.getString("reporter_name"), rs.getString("reporter_organisation"), rs.getString("reporter_contact"),
                instant(rs, "received_at"), Channel.valueOf(rs.getString("channel")), rs.getString("content"),
                categories, instant(rs, "registered_at"), rs.getString("registered_by_name"), instant(rs, "assessed_at"),
                rs.getString("assessed_by_name"), rs.getObject("acute_danger", Boolean.class),
                rs.getString("immediate_action"), rs.getString("assessment_reasons"), instant(rs, "receipt_confirmed_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
