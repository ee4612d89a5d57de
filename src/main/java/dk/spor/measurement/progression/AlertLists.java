package dk.spor.measurement.progression;

import java.util.List;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseAccessSql;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the materialised alerts for the child's page, the caseworker's start page and the leader's list: each an
 * index lookup on the alert table through the user's cases, never a scan of the measurements.
 */
@Component
public class AlertLists {

    private static final String SELECT = """
            select a.id, a.case_id, a.child_id, ch.first_name || ' ' || ch.last_name as child_name, a.kind, a.title,
                   a.detail, a.raised_at, a.resolved_at, a.resolution
              from progression_alert a
              join child ch on ch.id = a.child_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AlertLists(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A page of a list: the rows shown and how many there are in all. */
    public record Page(List<AlertRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The caseworker's start page: open alerts on their own cases; the children shown are audited as read. */
    public List<AlertRow> mine(CurrentUser user, int limit) {
        List<AlertRow> rows = openOfCaseworker(user.id(), limit);
        audit.readChildren(rows.stream().map(AlertRow::childId).toList(), "Progressionsadvarsler på forsiden");
        return rows;
    }

    /** The leader's list: open alerts on every case the user may see, optionally of one kind; audited as read. */
    public Page visible(CurrentUser user, AlertKind kind, int page, int size) {
        AccessScope scope = user.accessScope();
        List<AlertRow> rows = openVisible(scope, kind, size, page * size);
        audit.readChildren(rows.stream().map(AlertRow::childId).toList(), "Liste over progressionsadvarsler");
        return new Page(rows, countOpenVisible(scope, kind), page, size);
    }

    /** The child's open alerts and the most recently resolved, newest first. The caller has checked access. */
    List<AlertRow> ofChild(long childId, int resolvedLimit) {
        return jdbc.sql("""
                (%1$s where a.child_id = :childId and a.resolved_at is null order by a.raised_at desc)
                union all
                (%1$s where a.child_id = :childId and a.resolved_at is not null order by a.resolved_at desc limit :limit)
                """.formatted(SELECT)).param("childId", childId).param("limit", resolvedLimit)
                .query(AlertRow.class).list();
    }

    /** Open alerts on the caseworker's own open cases, newest first. */
    List<AlertRow> openOfCaseworker(long caseworkerId, int limit) {
        return jdbc.sql(SELECT + "\n" + """
                 join case_file c on c.id = a.case_id
                 where c.caseworker_id = :caseworker and c.closed_at is null and a.resolved_at is null
                 order by a.raised_at desc, a.id desc limit :limit""")
                .param("caseworker", caseworkerId).param("limit", limit).query(AlertRow.class).list();
    }

    /** Open alerts on the cases the user may see (a leader: the teams' cases), newest first, one page. */
    List<AlertRow> openVisible(AccessScope scope, AlertKind kind, int limit, int offset) {
        return jdbc.sql(SELECT + " join case_file c on c.id = a.case_id where " + openVisibleWhere()
                        + " order by a.raised_at desc, a.id desc limit :limit offset :offset")
                .params(CaseAccessSql.params(scope)).param("kind", kind == null ? null : kind.name())
                .param("limit", limit).param("offset", offset).query(AlertRow.class).list();
    }

    long countOpenVisible(AccessScope scope, AlertKind kind) {
        return jdbc.sql("select count(*) from progression_alert a join case_file c on c.id = a.case_id where "
                        + openVisibleWhere())
                .params(CaseAccessSql.params(scope)).param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
    }

    private static String openVisibleWhere() {
        return "a.resolved_at is null and c.closed_at is null and " + CaseAccessSql.visibleCase("c")
                + " and (cast(:kind as text) is null or a.kind = :kind)";
    }
}
