package dk.spor.plan;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a case's goals for the modules that work with them. Callers check access to the case first. */
@Service
public class Goals {

    private static final String COLUMNS = "id, case_id, child_id, title, status, set_on, review_on, closed_on";

    private final JdbcClient jdbc;

    Goals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All goals of the case, active first, then in the order they were set. */
    public List<Goal> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from goal where case_id = :caseId "
                + "order by status <> 'ACTIVE', set_on, id")
                .param("caseId", caseId)
                .query(Goal.class)
                .list();
    }

    public List<Goal> activeOfCase(long caseId) {
        return ofCase(caseId).stream().filter(goal -> goal.status() == GoalStatus.ACTIVE).toList();
    }
}
