package dk.spor.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.spor.casefile.CaseAccessSql;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side behind the case lists. Access is part of every query. Lists are ordered by an indexed column and
 * the next deadline is looked up only for the rows on the page, so a list never scans all deadlines.
 */
@Component
class CaseOverviews {

    private final JdbcClient jdbc;

    CaseOverviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open cases a caseworker is responsible for, the most urgent deadline first. */
    List<CaseRow> ownOpenCases(AccessScope scope, long caseworkerId) {
        return jdbc.sql(ROW_SELECT + " where c.closed_at is null and c.caseworker_id = :caseworker and "
                        + CaseAccessSql.visibleCase("c") + " order by next.due_at nulls last, ch.last_name")
                .params(CaseAccessSql.recordParams(scope)).param("caseworker", caseworkerId)
                .query(CaseOverviews::mapRow).list();
    }

    /** Open cases no caseworker has yet: the team's intake queue. */
    List<CaseRow> unassigned(AccessScope scope, int limit) {
        return jdbc.sql(ROW_SELECT + " where c.closed_at is null and c.caseworker_id is null and "
                        + CaseAccessSql.visibleCase("c") + " order by c.opened_at limit :limit")
                .params(CaseAccessSql.recordParams(scope)).param("limit", limit)
                .query(CaseOverviews::mapRow).list();
    }

    PageOf<CaseRow> search(AccessScope scope, CaseQuery query, boolean includeClosed, int page, int size) {
        Map<String, Object> params = new HashMap<>(CaseAccessSql.recordParams(scope));
        StringBuilder where = new StringBuilder(" where " + CaseAccessSql.visibleCase("c"));
        if (!includeClosed) {
            where.append(" and c.closed_at is null");
        }
        ChildMatchSql.append(query, where, params);
        long total = jdbc.sql("select count(*) from case_file c join child ch on ch.id = c.child_id" + where)
                .params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String order = "lower(ch.last_name), lower(ch.first_name), c.id";
        // Page first, then join the details, so the next-deadline lookup runs for the page's rows only.
        String pageOfIds = "select c.id, row_number() over (order by " + order + ") as ord"
                + " from case_file c join child ch on ch.id = c.child_id" + where
                + " order by " + order + " limit :limit offset :offset";
        List<CaseRow> rows = jdbc.sql(ROW_SELECT.replace("from case_file c",
                        "from (" + pageOfIds + ") p join case_file c on c.id = p.id") + " order by p.ord")
                .params(params).query(CaseOverviews::mapRow).list();
        return new PageOf<>(rows, page, size, total);
    }

    private static final String ROW_SELECT = """
            select c.id as case_id, ch.id as child_id, ch.first_name || ' ' || ch.last_name as child_name, ch.cpr,
                   ch.birth_date, c.phase, u.full_name as caseworker_name, t.name as team_name,
                   next.due_at, next.title as due_title
              from case_file c
              join child ch on ch.id = c.child_id
              join team t on t.id = c.team_id
              left join app_user u on u.id = c.caseworker_id
              left join lateral (select d.due_at, d.title from deadline d
                                  where d.case_id = c.id and d.met_at is null
                                  order by d.due_at limit 1) next on true""";

    private static CaseRow mapRow(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new CaseRow(rs.getLong("case_id"), rs.getLong("child_id"), rs.getString("child_name"),
                rs.getString("cpr"), rs.getObject("birth_date", LocalDate.class), CasePhase.valueOf(rs.getString("phase")),
                rs.getString("caseworker_name"), rs.getString("team_name"), due == null ? null : due.toInstant(),
                rs.getString("due_title"));
    }
}
