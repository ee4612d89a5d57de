package dk.spor.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.spor.casefile.CaseAccessSql;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Children the user may see (they have a case in the user's access), by name or CPR prefix, sorted by name. */
@Component
class ChildSearch {

    private final JdbcClient jdbc;

    ChildSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<ChildRow> search(AccessScope scope, CaseQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>(CaseAccessSql.params(scope));
        StringBuilder where = new StringBuilder(" where " + CaseAccessSql.visibleChild("ch.id"));
        ChildMatchSql.append(query, where, params);
        long total = jdbc.sql("select count(*) from child ch" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ChildRow> rows = jdbc.sql("""
                select ch.id, ch.first_name, ch.last_name, ch.cpr, ch.birth_date, oc.id as open_case_id, oc.phase
                  from child ch
                  left join case_file oc on oc.child_id = ch.id and oc.closed_at is null"""
                        + where + " order by lower(ch.last_name), lower(ch.first_name), ch.id limit :limit offset :offset")
                .params(params).query(ChildSearch::mapRow).list();
        return new PageOf<>(rows, page, size, total);
    }

    private static ChildRow mapRow(ResultSet rs, int row) throws SQLException {
        String phase = rs.getString("phase");
        return new ChildRow(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("cpr"), rs.getObject("birth_date", LocalDate.class),
                rs.getObject("open_case_id", Long.class), phase == null ? null : CasePhase.valueOf(phase));
    }
}
