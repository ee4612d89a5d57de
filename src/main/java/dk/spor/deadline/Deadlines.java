package dk.spor.deadline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads deadlines for work lists and case pages. */
@Service
public class Deadlines {

    private static final String SELECT = """
            select d.id, d.rule_id, d.title, d.subject_type, d.subject_id, d.case_id, d.child_id, d.assignee_id,
                   d.triggered_at, d.due_at, d.met_at, d.escalated_at
              from deadline d""";

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A caseworker's open tasks, the most urgent first. */
    public List<Deadline> openForAssignee(long userId, int limit) {
        return jdbc.sql(SELECT + " where d.assignee_id = ? and d.met_at is null order by d.due_at limit ?")
                .param(userId).param(limit).query(Deadline.class).list();
    }

    /** All deadlines of a child's cases, open first, then by due time. */
    public List<Deadline> forChild(long childId) {
        return jdbc.sql(SELECT + " where d.child_id = ? order by d.met_at is not null, d.due_at")
                .param(childId).query(Deadline.class).list();
    }
}
