package dk.spor.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseAccessSql;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The work lists that keep new information from sitting unassessed unseen: the caseworker's own items, and the
 * team's items with a count per caseworker for the leader; items older than {@code spor.followup.highlight-after-days}
 * are highlighted. Every list audits the read of the children it shows.
 */
@Service
public class FollowUpWorkLists {

    private static final String UNASSESSED = """
            select n.id, n.case_id, n.child_id, ch.first_name || ' ' || ch.last_name as child_name, c.caseworker_id,
                   u.full_name as caseworker_name, n.source, n.title, n.received_at
              from new_information n
              join case_file c on c.id = n.case_id
              join child ch on ch.id = n.child_id
              left join app_user u on u.id = c.caseworker_id
             where n.assessed_at is null and c.closed_at is null and """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int highlightAfterDays;

    FollowUpWorkLists(JdbcClient jdbc, AuditLog audit, Clock clock,
            @Value("${spor.followup.highlight-after-days:7}") int highlightAfterDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.highlightAfterDays = highlightAfterDays;
    }

    /** Items waiting longer than this many days are highlighted on the leader's list. */
    public int highlightAfterDays() {
        return highlightAfterDays;
    }

    /** Unassessed items on the cases the user is caseworker on, oldest first. */
    public List<UnassessedItem> ownUnassessed(CurrentUser user, int limit) {
        return read(user, UNASSESSED + " c.caseworker_id = :userId and " + CaseAccessSql.visibleCase("c")
                + " order by n.received_at, n.id limit :limit", limit, "Egen ny viden til vurdering vist");
    }

    /** Unassessed items on all cases the user may see (a leader's teams), oldest first. */
    public List<UnassessedItem> visibleUnassessed(CurrentUser user, int limit) {
        return read(user, UNASSESSED + " " + CaseAccessSql.visibleCase("c") + " order by n.received_at, n.id limit :limit",
                limit, "Teamets ny viden til vurdering vist");
    }

    /** Per caseworker on the user's teams: unassessed items, and how many are older than the threshold. */
    public List<CaseworkerBacklog> backlogPerCaseworker(CurrentUser user) {
        return jdbc.sql("""
                select c.caseworker_id, u.full_name as caseworker_name, count(*) as unassessed,
                       count(*) filter (where n.received_at < :threshold) as over_threshold
                  from new_information n
                  join case_file c on c.id = n.case_id
                  left join app_user u on u.id = c.caseworker_id
                 where n.assessed_at is null and c.closed_at is null and """ + CaseAccessSql.visibleCase("c") + """
                 group by c.caseworker_id, u.full_name
                 order by count(*) filter (where n.received_at < :threshold) desc, count(*) desc, u.full_name""")
                .params(CaseAccessSql.params(user.accessScope()))
                .param("threshold", Timestamp.from(threshold()))
                .query(CaseworkerBacklog.class).list();
    }

    /** Whether an item has waited longer than the threshold. */
    public boolean isOverThreshold(UnassessedItem item) {
        return item.receivedAt().isBefore(threshold());
    }

    private Instant threshold() {
        return clock.instant().minus(Duration.ofDays(highlightAfterDays));
    }

    private List<UnassessedItem> read(CurrentUser user, String sql, int limit, String purpose) {
        Map<String, Object> params = CaseAccessSql.params(user.accessScope());
        LocalDate today = LocalDate.now(clock);
        List<UnassessedItem> items = jdbc.sql(sql).params(params).param("userId", user.id()).param("limit", limit)
                .query((rs, row) -> map(rs, today)).list();
        audit.readChildren(items.stream().map(UnassessedItem::childId).toList(), purpose);
        return items;
    }

    private static UnassessedItem map(ResultSet rs, LocalDate today) throws SQLException {
        Instant received = rs.getTimestamp("received_at").toInstant();
        return new UnassessedItem(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getString("child_name"), rs.getObject("caseworker_id", Long.class), rs.getString("caseworker_name"),
                NewInformationSource.valueOf(rs.getString("source")), rs.getString("title"), received,
                ChronoUnit.DAYS.between(received.atZone(ClockConfiguration.DANISH_TIME).toLocalDate(), today));
    }
}
