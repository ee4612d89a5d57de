package dk.spor.statusreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.ChildAccessDenied;
import dk.spor.document.PdfDocuments;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Role;
import dk.spor.people.People;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reports on the common template. The provider that delivers a running intervention writes them (drafts,
 * guarded by optimistic locking) and sends them; once sent a report is locked, lands on the case for the caseworker
 * and publishes {@link StatusReportSubmitted}. The caseworker may ask for a report by a due date. A provider reads
 * only its own reports, and only while the intervention runs; the caseworker reads the sent ones on the case.
 */
@Service
public class StatusReports {

    private final JdbcClient jdbc;
    private final StatusReportStore store;
    private final CaseFiles caseFiles;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PdfDocuments documents;
    private final Clock clock;

    StatusReports(JdbcClient jdbc, StatusReportStore store, CaseFiles caseFiles, People people, AuditLog audit,
            ApplicationEventPublisher events, PdfDocuments documents, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.caseFiles = caseFiles;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.documents = documents;
    }

    /**
     * The provider starts writing about its running intervention: the report being written if there is one (a
     * requested one starts now), else a new draft for the period since the last sent report. Returns its id.
     */
    @Transactional
    public long start(CurrentUser user, long interventionId) {
        RunningIntervention intervention = deliveredBy(user, interventionId);
        LocalDate today = LocalDate.now(clock);
        LocalDate periodFrom = store.lastPeriodEnd(interventionId).map(end -> end.plusDays(1))
                .orElse(intervention.startedOn());
        Instant now = clock.instant();
        long id = store.openReportOf(interventionId).orElse(-1L);
        if (id < 0) {
            id = store.insert(intervention, StatusReportStatus.DRAFT, periodFrom, today, null, null, now);
            audit.write(AuditAction.CREATE, intervention.childId(), "status_report", id, "Statusrapport påbegyndt");
        } else if (store.startRequested(id, periodFrom, today, user.id(), now)) {
            store.addGoals(id, interventionId);
            audit.write(AuditAction.UPDATE, intervention.childId(), "status_report", id, "Statusrapport påbegyndt");
        }
        return id;
    }

    /** The caseworker asks the provider for a report on a running intervention of the case, by {@code dueOn}. */
    @Transactional
    public long request(CurrentUser user, long caseId, long interventionId, LocalDate dueOn) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        RunningIntervention intervention = running(interventionId)
                .filter(i -> i.caseId() == caseId).orElseThrow(() -> new NotFound("Intervention " + interventionId));
        FieldErrors errors = new FieldErrors().required("dueOn", dueOn, "Angiv, hvornår rapporten skal være sendt.")
                .after("dueOn", dueOn, LocalDate.now(clock), "Fristen skal ligge efter i dag.");
        if (store.openReportOf(interventionId).isPresent()) {
            errors.reject("interventionId", "Der er allerede anmodet om en statusrapport, eller udføreren er i gang "
                    + "med at skrive en.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        long id = store.insert(intervention, StatusReportStatus.REQUESTED, null, null, dueOn, user.id(), now);
        caseFiles.record(caseId, now, "statusreport.requested", "Statusrapport anmodet",
                "Frist: " + dueOn, user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "status_report", id, "Statusrapport anmodet");
        return id;
    }

    /**
     * Saves what the provider wrote; sends the report to the caseworker when {@code submitting}, which requires every
     * part of the template answered. {@code expectedVersion} is the version the provider opened.
     */
    @Transactional
    public StatusReport save(CurrentUser user, long id, StatusReportDraft draft, boolean submitting,
            int expectedVersion) {
        StatusReport report = ownReport(user, id);
        if (report.isSubmitted()) {
            throw StatusReportRejected.alreadySubmitted();
        }
        StatusReportDraft withTitles = withSavedGoals(report, draft);
        withTitles.validate(submitting, LocalDate.now(clock)).throwIfAny();
        Instant now = clock.instant();
        if (!store.save(id, expectedVersion, withTitles, submitting, user.id(), now)) {
            throw StatusReportRejected.changedBySomeoneElse();
        }
        audit.write(AuditAction.UPDATE, report.childId(), "status_report", id,
                submitting ? "Statusrapport sendt til rådgiveren" : "Statusrapport gemt som kladde");
        if (submitting) {
            caseFiles.record(report.caseId(), now, "statusreport.submitted",
                    "Statusrapport modtaget fra " + report.providerName(),
                    report.interventionName() + ". Anbefaling: " + draft.recommendation().label(), user.id());
            events.publishEvent(new StatusReportSubmitted(id, report.caseId(), report.childId(),
                    report.interventionId(), report.providerId(), now));
        }
        return store.find(id).orElseThrow();
    }

    /** One report: a provider reads its own, the caseworker the sent ones on cases they may see. Audited. */
    public StatusReport report(CurrentUser user, long id) {
        StatusReport report = user.is(Role.PROVIDER) ? ownReport(user, id) : sentReport(user, id);
        audit.read(report.childId(), "status_report", id, "Statusrapport læst");
        return report;
    }

    /** The case's reports for the caseworker: the sent ones in full, the others by their state only. */
    public List<StatusReport> ofCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "case", caseId, "Statusrapporter på sagen");
        return store.ofCase(caseId).stream().map(StatusReports::sentContentOnly).toList();
    }

    /** The provider's own reports on a child whose running intervention it delivers. */
    public List<StatusReport> ofChildForProvider(CurrentUser user, long childId) {
        if (!user.is(Role.PROVIDER)) {
            throw new ChildAccessDenied(childId);
        }
        caseFiles.requireChildInScope(user, childId);
        audit.read(childId, "child", childId, "Udførerens statusrapporter om barnet");
        return store.ofProviderAndChild(user.providerId(), childId);
    }

    /** A sent report as a PDF/UA document for the meeting or the file; the export is audited. */
    public byte[] pdf(CurrentUser user, long id, String municipalityName) {
        StatusReport report = report(user, id);
        if (!report.isSubmitted()) {
            throw new NotFound("Status report " + id + " is not sent");
        }
        var child = people.child(report.childId()).orElseThrow();
        audit.write(AuditAction.EXPORT, report.childId(), "status_report", id, "Statusrapport dannet som PDF");
        return documents.render("status-report", Map.of("report", report, "child", child,
                "municipalityName", municipalityName));
    }

    /** A running intervention of the case, with its provider, for the caseworker's request form. */
    private Optional<RunningIntervention> running(long interventionId) {
        return jdbc.sql("""
                select id, case_id, child_id, provider_id, started_on from intervention
                 where id = ? and status = 'RUNNING' and provider_id is not null""")
                .param(interventionId).query(RunningIntervention.class).optional();
    }

    /** The intervention, if the user's organisation delivers it and it runs; otherwise 404, audited. */
    private RunningIntervention deliveredBy(CurrentUser user, long interventionId) {
        return running(interventionId)
                .filter(i -> user.is(Role.PROVIDER) && i.providerId() == user.providerId())
                .orElseThrow(() -> {
                    Long childId = jdbc.sql("select child_id from intervention where id = ?").param(interventionId)
                            .query(Long.class).optional().orElse(null);
                    audit.denied(childId, "intervention", interventionId);
                    return new NotFound("Intervention " + interventionId);
                });
    }

    /** The provider's own report, while the intervention it is about still runs; otherwise 404, audited. */
    private StatusReport ownReport(CurrentUser user, long id) {
        StatusReport report = store.find(id).orElseThrow(() -> new NotFound("Status report " + id));
        boolean own = user.is(Role.PROVIDER) && report.providerId() == user.providerId()
                && running(report.interventionId()).isPresent();
        if (!own) {
            audit.denied(report.childId(), "status_report", id);
            throw new ChildAccessDenied(report.childId());
        }
        return report;
    }

    /** A report the provider has not sent is its own work in progress: the caseworker sees only its state. */
    private static StatusReport sentContentOnly(StatusReport report) {
        if (report.isSubmitted()) {
            return report;
        }
        StatusReportDraft empty = new StatusReportDraft(null, null, null, List.of(), null, null, null, null, null,
                null, null);
        return new StatusReport(report.id(), report.caseId(), report.childId(), report.childFirstName(),
                report.interventionId(), report.interventionName(), report.providerId(), report.providerName(),
                report.status(), report.dueOn(), empty, null, null, report.version());
    }

    private StatusReport sentReport(CurrentUser user, long id) {
        StatusReport report = store.find(id).orElseThrow(() -> new NotFound("Status report " + id));
        caseFiles.requireChildAccess(user, report.childId());
        if (!report.isSubmitted()) {
            throw new NotFound("Status report " + id + " is not sent");
        }
        return report;
    }

    /** The draft's goal sections matched to the report's own goals, so no goal can be added or renamed by a form. */
    private static StatusReportDraft withSavedGoals(StatusReport report, StatusReportDraft draft) {
        List<GoalSection> goals = report.content().goals().stream()
                .map(saved -> draft.goals().stream().filter(g -> g.goalId() == saved.goalId()).findFirst()
                        .map(typed -> new GoalSection(saved.goalId(), saved.goalTitle(), typed.attainment(),
                                typed.actions(), typed.observations()))
                        .orElse(new GoalSection(saved.goalId(), saved.goalTitle(), null, null, null)))
                .toList();
        return new StatusReportDraft(draft.periodFrom(), draft.periodTo(), draft.whatHappened(), goals,
                draft.childView(), draft.familyCooperation(), draft.concerns(), draft.recommendation(),
                draft.recommendationReason(), draft.reviewedWithFamilyOn(), draft.notReviewedReason());
    }
}
