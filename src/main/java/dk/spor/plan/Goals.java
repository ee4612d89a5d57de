package dk.spor.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.assessment.IcsDimension;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a case's goals. {@link #ofCase} and {@link #activeOfCase} are for modules that have checked access to the
 * case already; {@link #goal} checks access itself and audits the read.
 */
@Service
public class Goals {

    private static final String COLUMNS = "id, case_id, child_id, title, status, set_on, review_on, closed_on";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditLog audit;

    Goals(JdbcClient jdbc, CaseFiles caseFiles, AuditLog audit) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.audit = audit;
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

    /** A goal of the case with its criteria, supporters and ICS dimensions, if the user may see the case. */
    public GoalDetails goal(CurrentUser user, long caseId, long goalId) {
        caseFiles.requireCase(user, caseId);
        GoalDetails goal = details(goalId).filter(g -> g.caseId() == caseId)
                .orElseThrow(() -> new NotFound("Goal " + goalId + " on case " + caseId));
        audit.read(goal.childId(), "goal", goalId, "Mål læst");
        return goal;
    }

    /** Every change of the goal, oldest first. The caller has checked access. */
    public List<GoalRevision> revisions(long goalId) {
        return jdbc.sql("""
                select r.id, r.goal_id, r.revised_at, u.full_name as revised_by_name, r.reason, r.title_before,
                       r.title_after, r.status_before, r.status_after, r.review_before, r.review_after,
                       r.details_before, r.details_after
                  from goal_revision r join app_user u on u.id = r.revised_by
                 where r.goal_id = ? order by r.revised_at, r.id""")
                .param(goalId).query(GoalRevision.class).list();
    }

    Optional<GoalDetails> details(long goalId) {
        return jdbc.sql("""
                select g.id, g.case_id, g.child_id, g.plan_id, g.title, g.status, g.status_reason, g.set_on,
                       g.review_on, g.closed_on, u.full_name as created_by_name,
                       coalesce(g.updated_at, g.created_at) as updated_at, g.version
                  from goal g join app_user u on u.id = g.created_by
                 where g.id = ?""")
                .param(goalId)
                .query((rs, row) -> map(rs, dimensions(goalId), criteria(goalId), supporters(goalId)))
                .optional();
    }

    private List<IcsDimension> dimensions(long goalId) {
        return jdbc.sql("""
                select d.id, d.code, d.side, d.name, d.position
                  from goal_ics_dimension gd join ics_dimension d on d.id = gd.dimension_id
                 where gd.goal_id = ? order by d.position""")
                .param(goalId).query(IcsDimension.class).list();
    }

    private List<Criterion> criteria(long goalId) {
        return jdbc.sql("select perspective, name, text from goal_criterion where goal_id = ? order by position")
                .param(goalId)
                .query((rs, row) -> new Criterion(Perspective.valueOf(rs.getString("perspective")),
                        rs.getString("name"), rs.getString("text")))
                .list();
    }

    private List<Supporter> supporters(long goalId) {
        return jdbc.sql("select perspective, name, contribution from goal_supporter where goal_id = ? order by position")
                .param(goalId)
                .query((rs, row) -> new Supporter(Perspective.valueOf(rs.getString("perspective")),
                        rs.getString("name"), rs.getString("contribution")))
                .list();
    }

    private static GoalDetails map(ResultSet rs, List<IcsDimension> dimensions, List<Criterion> criteria,
            List<Supporter> supporters) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new GoalDetails(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getObject("plan_id", Long.class), rs.getString("title"), GoalStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getObject("set_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), dimensions,
                criteria, supporters, rs.getString("created_by_name"), updated.toInstant(), rs.getInt("version"));
    }
}
