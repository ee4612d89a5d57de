package dk.spor.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases: opening, assignment, access to a child's data and the chronology. */
@Service
public class CaseFiles {

    private static final String CASE_SELECT = """
            select id, child_id, team_id, caseworker_id, phase, awareness_date, opened_at, closed_at,
                   closing_reason, version
              from case_file c""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CaseFiles(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may read the child's case record; a provider never may (see {@link CaseAccessSql}). */
    public boolean canSeeChild(AccessScope scope, long childId) {
        return inScope(CaseAccessSql.recordScope(scope), childId);
    }

    /**
     * Throws {@link ChildAccessDenied} (answered as 404) and audits the attempt when the user may not read the child's
     * case record. Providers are always refused here: they read a child through {@link #requireChildInScope}.
     */
    public void requireChildAccess(CurrentUser user, long childId) {
        if (!canSeeChild(user.accessScope(), childId)) {
            deny(childId);
        }
    }

    /**
     * For the narrow views a provider may also use (its own interventions, status reports and measurements): the
     * child is in the user's scope, which for a provider means its organisation delivers a running intervention to
     * the child. Otherwise throws {@link ChildAccessDenied} (404) and audits the attempt.
     */
    public void requireChildInScope(CurrentUser user, long childId) {
        if (!inScope(user.accessScope(), childId)) {
            deny(childId);
        }
    }

    private boolean inScope(AccessScope scope, long childId) {
        return jdbc.sql("select " + CaseAccessSql.visibleChild(":childId"))
                .params(CaseAccessSql.params(scope)).param("childId", childId)
                .query(Boolean.class).single();
    }

    private void deny(long childId) {
        audit.denied(childId, "child", childId);
        throw new ChildAccessDenied(childId);
    }

    /** The case if the user may read its record; never for a provider. */
    public Optional<CaseFile> caseFile(AccessScope scope, long caseId) {
        return jdbc.sql(CASE_SELECT + " where c.id = :id and " + CaseAccessSql.visibleCase("c"))
                .params(CaseAccessSql.recordParams(scope)).param("id", caseId)
                .query(CaseFiles::mapCase).optional();
    }

    /**
     * The case if the user may read its record (never a provider). Otherwise throws {@link CaseAccessDenied} (answered as 404) and audits the
     * attempt, against the case's child when the case exists.
     */
    public CaseFile requireCase(CurrentUser user, long caseId) {
        return caseFile(user.accessScope(), caseId).orElseThrow(() -> denyCase(caseId));
    }

    /** Audits a refused case against its child, when the case exists. */
    private CaseAccessDenied denyCase(long caseId) {
        Long childId = jdbc.sql("select child_id from case_file where id = ?").param(caseId)
                .query(Long.class).optional().orElse(null);
        audit.denied(childId, "case", caseId);
        return new CaseAccessDenied(caseId);
    }

    /**
     * The case for the narrow views a provider may also use (see {@link #requireChildInScope}): any case in the user's
     * whole scope. Otherwise throws {@link CaseAccessDenied} (404) and audits the attempt.
     */
    public CaseFile requireCaseInScope(CurrentUser user, long caseId) {
        return jdbc.sql(CASE_SELECT + " where c.id = :id and " + CaseAccessSql.visibleCase("c"))
                .params(CaseAccessSql.params(user.accessScope())).param("id", caseId)
                .query(CaseFiles::mapCase).optional().orElseThrow(() -> denyCase(caseId));
    }

    /** The child's cases, newest first; the open one, if any, comes first. */
    public List<CaseFile> casesOfChild(long childId) {
        return jdbc.sql(CASE_SELECT + " where c.child_id = ? order by c.closed_at is not null, c.opened_at desc")
                .param(childId).query(CaseFiles::mapCase).list();
    }

    public Optional<CaseFile> openCaseOfChild(long childId) {
        return jdbc.sql(CASE_SELECT + " where c.child_id = ? and c.closed_at is null")
                .param(childId).query(CaseFiles::mapCase).optional();
    }

    @Transactional
    public CaseFile open(long childId, long teamId, LocalDate awarenessDate, CasePhase phase, Long actorId) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into case_file (child_id, team_id, phase, awareness_date, opened_at)
                values (?, ?, ?, ?, ?) returning id""")
                .param(childId).param(teamId).param(phase.name()).param(awarenessDate).param(Timestamp.from(now))
                .query(Long.class).single();
        record(id, now, "casefile.opened", "Sag oprettet", "Fase: " + phase.danishLabel(), actorId);
        audit.write(AuditAction.CREATE, childId, "case", id, "Sag oprettet");
        events.publishEvent(new CaseOpened(id, childId, teamId, awarenessDate));
        return jdbc.sql(CASE_SELECT + " where c.id = ?").param(id).query(CaseFiles::mapCase).single();
    }

    /**
     * Makes a caseworker responsible. {@code expectedVersion} is the version the user saw, so two leaders
     * assigning the same case at once do not silently overwrite each other.
     */
    @Transactional
    public void assign(long caseId, long caseworkerId, int expectedVersion, String caseworkerName, Long actorId) {
        long childId = jdbc.sql("""
                update case_file set caseworker_id = ?, version = version + 1
                 where id = ? and version = ? and closed_at is null
                returning child_id""")
                .param(caseworkerId).param(caseId).param(expectedVersion).query(Long.class).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("Case " + caseId + " was changed by someone else"));
        record(caseId, clock.instant(), "casefile.assigned", "Sag fordelt", "Rådgiver: " + caseworkerName, actorId);
        audit.write(AuditAction.UPDATE, childId, "case", caseId, "Sag fordelt til rådgiver");
        events.publishEvent(new CaseAssigned(caseId, childId, caseworkerId));
    }

    /**
     * Moves the case to another phase of the case course. Guarded by {@link CasePhase#canMoveTo}; closing takes
     * a reason. Every change is an event and a line in the chronology.
     */
    @Transactional
    public CaseFile moveTo(long caseId, CasePhase target, String reason, Long actorId) {
        CaseFile current = jdbc.sql(CASE_SELECT + " where c.id = ? for update").param(caseId)
                .query(CaseFiles::mapCase).single();
        if (!current.phase().canMoveTo(target)) {
            throw new PhaseChangeRejected(current.phase(), target);
        }
        Instant now = clock.instant();
        boolean closing = target == CasePhase.CLOSED;
        jdbc.sql("""
                update case_file set phase = ?, version = version + 1,
                       closed_at = case when ? then ? else closed_at end,
                       closing_reason = case when ? then ? else closing_reason end
                 where id = ?""")
                .param(target.name()).param(closing).param(Timestamp.from(now)).param(closing).param(reason)
                .param(caseId).update();
        record(caseId, now, closing ? "casefile.closed" : "casefile.phase",
                closing ? "Sag lukket" : "Sagen gik videre til " + target.danishLabel().toLowerCase(java.util.Locale.ROOT),
                reason, actorId);
        audit.write(AuditAction.UPDATE, current.childId(), "case", caseId, "Fase: " + target.danishLabel());
        events.publishEvent(new CasePhaseChanged(caseId, current.childId(), current.phase(), target, actorId));
        if (closing) {
            events.publishEvent(new CaseClosed(caseId, current.childId(), reason));
        }
        return jdbc.sql(CASE_SELECT + " where c.id = ?").param(caseId).query(CaseFiles::mapCase).single();
    }

    /** Adds a line to the chronology; every module records what it does to a case here. */
    public void record(long caseId, Instant occurredAt, String kind, String title, String detail, Long actorId) {
        jdbc.sql("""
                insert into chronology_entry (case_id, occurred_at, kind, title, detail, actor_id)
                values (?, ?, ?, ?, ?, ?)""")
                .param(caseId).param(Timestamp.from(occurredAt)).param(kind).param(title).param(detail).param(actorId)
                .update();
    }

    /** The chronology of all the child's cases, newest first, optionally only entries whose kind starts with a prefix. */
    public List<ChronologyEntry> chronologyOfChild(long childId, String kindPrefix, int limit) {
        return jdbc.sql("""
                select e.id, e.case_id, e.occurred_at, e.kind, e.title, e.detail, u.full_name as actor_name
                  from chronology_entry e
                  join case_file c on c.id = e.case_id
                  left join app_user u on u.id = e.actor_id
                 where c.child_id = :childId and (cast(:prefix as text) is null or e.kind like :prefix || '%')
                 order by e.occurred_at desc, e.id desc
                 limit :limit""")
                .param("childId", childId).param("prefix", kindPrefix).param("limit", limit)
                .query(ChronologyEntry.class).list();
    }

    static CaseFile mapCase(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CaseFile(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("team_id"),
                rs.getObject("caseworker_id", Long.class), CasePhase.valueOf(rs.getString("phase")),
                rs.getObject("awareness_date", LocalDate.class), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getString("closing_reason"), rs.getInt("version"));
    }
}
