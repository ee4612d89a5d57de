package dk.spor.workspace;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.spor.casefile.CaseAccessSql;
import dk.spor.organisation.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The work lists of the start pages and case lists. Every query is limited to the user's access scope. */
@Service
public class Workspace {

    private static final int TASK_LIMIT = 200;

    private final JdbcClient jdbc;
    private final CaseOverviews overviews;
    private final ChildSearch children;
    private final Clock clock;

    Workspace(JdbcClient jdbc, CaseOverviews overviews, ChildSearch children, Clock clock) {
        this.jdbc = jdbc;
        this.overviews = overviews;
        this.children = children;
        this.clock = clock;
    }

    public List<CaseRow> ownOpenCases(CurrentUser user) {
        return overviews.ownOpenCases(user.accessScope(), user.id());
    }

    public List<CaseRow> unassigned(CurrentUser user) {
        return overviews.unassigned(user.accessScope(), 100);
    }

    public PageOf<CaseRow> searchCases(CurrentUser user, CaseQuery query, boolean includeClosed, int page, int size) {
        return overviews.search(user.accessScope(), query, includeClosed, Math.max(0, page), size);
    }

    public PageOf<ChildRow> searchChildren(CurrentUser user, CaseQuery query, int page, int size) {
        return children.search(user.accessScope(), query, Math.max(0, page), size);
    }

    /** The caseworker's own open tasks, most urgent first. */
    public List<TaskRow> ownTasks(CurrentUser user) {
        return jdbc.sql(TASK_SELECT + " where d.met_at is null and d.assignee_id = :user and "
                        + CaseAccessSql.visibleCase("c") + " order by d.due_at limit :limit")
                .params(CaseAccessSql.recordParams(user.accessScope())).param("user", user.id()).param("limit", TASK_LIMIT)
                .query(TaskRow.class).list();
    }

    /** Overdue tasks on the cases the user may see: the team leader's escalation list. */
    public List<TaskRow> overdueTasks(CurrentUser user) {
        return jdbc.sql(TASK_SELECT + " where d.met_at is null and d.due_at < :now and "
                        + CaseAccessSql.visibleCase("c") + " order by d.due_at limit :limit")
                .params(CaseAccessSql.recordParams(user.accessScope())).param("now", Timestamp.from(clock.instant()))
                .param("limit", TASK_LIMIT).query(TaskRow.class).list();
    }

    public List<TeamSummary> teamSummary(CurrentUser user) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select t.id as team_id, t.name as team_name,
                       (select count(*) from case_file c where c.team_id = t.id and c.closed_at is null) as open_cases,
                       (select count(*) from case_file c where c.team_id = t.id and c.closed_at is null
                                                           and c.caseworker_id is null) as unassigned_cases,
                       (select count(*) from deadline d join case_file c on c.id = d.case_id
                         where c.team_id = t.id and d.met_at is null and d.due_at < :now) as overdue_tasks,
                       (select count(*) from deadline d join case_file c on c.id = d.case_id
                         where c.team_id = t.id and d.met_at is null and d.due_at >= :now and d.due_at < :week) as tasks_due_within_week,
                       (select count(*) from team_membership m join app_user u on u.id = m.user_id
                         where m.team_id = t.id and u.role = 'CASEWORKER' and u.enabled) as caseworkers
                  from team t
                 where :scopeKind = 'ALL' or (:scopeKind = 'TEAMS' and t.id = any(:scopeTeams))
                 order by t.name""")
                .params(CaseAccessSql.recordParams(user.accessScope()))
                .param("now", Timestamp.from(now)).param("week", Timestamp.from(now.plus(Duration.ofDays(7))))
                .query(TeamSummary.class).list();
    }

    private static final String TASK_SELECT = """
            select d.id as deadline_id, d.rule_id, d.title, d.due_at, d.case_id, d.child_id,
                   ch.first_name || ' ' || ch.last_name as child_name, u.full_name as assignee_name,
                   d.escalated_at
              from deadline d
              join case_file c on c.id = d.case_id
              join child ch on ch.id = d.child_id
              left join app_user u on u.id = d.assignee_id""";
}
