package dk.spor.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.Deadlines;
import dk.spor.intervention.InterventionStatus;
import dk.spor.intervention.Interventions;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case (afslutning): only once no deadline is open, every intervention has ended and all new information
 * is assessed, and always with the reason and the child's view. Closes through {@link CaseFiles#moveTo}, so the case
 * course, the chronology and {@code CaseClosed} stay the one path.
 */
@Service
public class CaseClosing {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final Interventions interventions;
    private final NewInformationInbox inbox;
    private final AuditLog audit;
    private final Clock clock;

    CaseClosing(JdbcClient jdbc, CaseFiles caseFiles, Deadlines deadlines, Interventions interventions,
            NewInformationInbox inbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.interventions = interventions;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case if the user may see it; the read of the closing page is audited. */
    public CaseFile caseFor(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "case", caseId, "Afslutning af sagen vist");
        return caseFile;
    }

    /** What is still open on the case. The caller has checked access. */
    public ClosingBlockers blockers(long caseId) {
        return new ClosingBlockers(
                deadlines.forCase(caseId).stream().filter(d -> d.metAt() == null).toList(),
                interventions.ofCase(caseId).stream().filter(i -> i.status() != InterventionStatus.ENDED).toList(),
                inbox.unassessedOfCase(caseId));
    }

    /** The case's deadlines closed as no longer relevant, with their reasons. The caller has checked access. */
    public List<Deadline> deadlinesClosedAsNoLongerRelevant(long caseId) {
        return deadlines.forCase(caseId).stream().filter(Deadline::isClosedAsNoLongerRelevant).toList();
    }

    /** Closes one of the case's open deadlines as no longer relevant, with the caseworker's reason. */
    @Transactional
    public Deadline closeDeadline(CurrentUser user, long caseId, long deadlineId, String reason) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        deadlines.forCase(caseId).stream().filter(d -> d.id() == deadlineId).findFirst()
                .orElseThrow(() -> new NotFound("Deadline " + deadlineId + " is not on case " + caseId));
        Deadline closed = deadlines.closeAsNoLongerRelevant(deadlineId, reason, user.id(), clock.instant());
        audit.write(AuditAction.UPDATE, caseFile.childId(), "deadline", deadlineId,
                "Frist lukket som ikke længere relevant");
        return closed;
    }

    /**
     * Closes the case at the version the user saw.
     *
     * @throws dk.spor.shared.ValidationFailed when a field is missing or something is still open ("blockers")
     * @throws OptimisticLockingFailureException when the case changed since the user opened the page
     */
    @Transactional
    public void close(CurrentUser user, long caseId, int expectedVersion, NewClosing closing) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        if (caseFile.isOpen() && caseFile.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Case " + caseId + " changed since it was shown");
        }
        FieldErrors errors = closing.validate();
        if (!caseFile.isOpen()) {
            errors.reject("reason", "Sagen er allerede lukket.");
        }
        ClosingBlockers blockers = blockers(caseId);
        if (!blockers.isEmpty()) {
            errors.reject("blockers", blockers.summary());
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into case_closing (case_id, reason, child_view, child_view_missing_reason, parents_view,
                                          if_worry_returns, closed_by, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(caseId).param(closing.reason().strip())
                .param(NewInformationRows.blankToNull(closing.childView()))
                .param(NewInformationRows.blankToNull(closing.childViewMissingReason()))
                .param(NewInformationRows.blankToNull(closing.parentsView()))
                .param(NewInformationRows.blankToNull(closing.ifWorryReturns())).param(user.id())
                .param(Timestamp.from(now)).update();
        caseFiles.record(caseId, now, "followup.closing", "Barnets synspunkt på afslutningen",
                closing.childView() == null || closing.childView().isBlank()
                        ? "Ikke indhentet: " + closing.childViewMissingReason().strip() : closing.childView().strip(),
                user.id());
        caseFiles.moveTo(caseId, CasePhase.CLOSED, closing.reason().strip(), user.id());
        audit.write(AuditAction.UPDATE, caseFile.childId(), "case_closing", caseId, "Sag lukket");
    }

    /** How the case was closed, once it is. The caller has checked access. */
    public Optional<CaseClosingRecord> closingOf(long caseId) {
        return jdbc.sql("""
                select k.case_id, k.reason, k.child_view, k.child_view_missing_reason, k.parents_view,
                       k.if_worry_returns, u.full_name as closed_by_name, k.closed_at
                  from case_closing k join app_user u on u.id = k.closed_by
                 where k.case_id = ?""")
                .param(caseId).query(CaseClosingRecord.class).optional();
    }
}
