package dk.spor.statusreport;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes status reports and their goal sections. Saves are guarded by the version the user saw. */
@Component
class StatusReportStore {

    private static final String SELECT = """
            select r.*, ch.first_name as child_first_name, t.name as intervention_name, p.name as provider_name,
                   u.full_name as submitted_by_name
              from status_report r
              join child ch on ch.id = r.child_id
              join intervention i on i.id = r.intervention_id
              join intervention_type t on t.code = i.type_code
              join provider p on p.id = r.provider_id
              left join app_user u on u.id = r.submitted_by""";

    private final JdbcClient jdbc;

    StatusReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StatusReport> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query((rs, n) -> map(rs, goals(id))).optional();
    }

    /** The case's reports with their goal sections, newest first: sent ones by their date, then the ones still open. */
    List<StatusReport> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where r.case_id = ? order by r.submitted_at desc nulls last, r.id desc")
                .param(caseId).query((rs, n) -> map(rs, goals(rs.getLong("id")))).list();
    }

    /** A provider's reports on one child, newest first. */
    List<StatusReport> ofProviderAndChild(long providerId, long childId) {
        return jdbc.sql(SELECT + " where r.provider_id = ? and r.child_id = ? "
                        + "order by r.submitted_at desc nulls first, r.id desc")
                .param(providerId).param(childId).query((rs, n) -> map(rs, List.of())).list();
    }

    Optional<Long> openReportOf(long interventionId) {
        return jdbc.sql("select id from status_report where intervention_id = ? and status <> 'SUBMITTED'")
                .param(interventionId).query(Long.class).optional();
    }

    /** The day after the last sent report's period, so a new report carries on where the last one ended. */
    Optional<LocalDate> lastPeriodEnd(long interventionId) {
        return jdbc.sql("select max(period_to) from status_report where intervention_id = ? and status = 'SUBMITTED'")
                .param(interventionId).query(LocalDate.class).optional();
    }

    long insert(RunningIntervention intervention, StatusReportStatus status, LocalDate periodFrom, LocalDate periodTo,
            LocalDate dueOn, Long requestedBy, Instant now) {
        long id = jdbc.sql("""
                insert into status_report (case_id, child_id, intervention_id, provider_id, status, due_on,
                       requested_by, requested_at, period_from, period_to, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(intervention.caseId()).param(intervention.childId()).param(intervention.id())
                .param(intervention.providerId()).param(status.name()).param(dueOn).param(requestedBy)
                .param(requestedBy == null ? null : Timestamp.from(now)).param(periodFrom).param(periodTo)
                .param(Timestamp.from(now)).query(Long.class).single();
        addGoals(id, intervention.id());
        return id;
    }

    /** The goals the intervention works toward, as they read now; a requested report gets them when it is started. */
    void addGoals(long reportId, long interventionId) {
        jdbc.sql("""
                insert into status_report_goal (report_id, goal_id, goal_title)
                select ?, g.id, g.title from intervention_goal ig join goal g on g.id = ig.goal_id
                 where ig.intervention_id = ? and g.status = 'ACTIVE'
                on conflict do nothing""").param(reportId).param(interventionId).update();
    }

    /** Starts writing a requested report; false if it was not waiting for that. */
    boolean startRequested(long id, LocalDate periodFrom, LocalDate periodTo, long userId, Instant now) {
        return jdbc.sql("""
                update status_report set status = 'DRAFT', period_from = coalesce(period_from, ?),
                       period_to = coalesce(period_to, ?), updated_by = ?, updated_at = ?, version = version + 1
                 where id = ? and status = 'REQUESTED'""")
                .param(periodFrom).param(periodTo).param(userId).param(Timestamp.from(now)).param(id).update() == 1;
    }

    /** Saves the text, and locks the report when {@code submitting}; false if the version was not the saved one. */
    boolean save(long id, int expectedVersion, StatusReportDraft draft, boolean submitting, long userId, Instant now) {
        int updated = jdbc.sql("""
                update status_report set period_from = ?, period_to = ?, what_happened = ?, child_view = ?,
                       family_cooperation = ?, concerns = ?, recommendation = ?, recommendation_reason = ?,
                       reviewed_with_family_on = ?, not_reviewed_reason = ?, updated_by = ?, updated_at = ?,
                       status = case when ? then 'SUBMITTED' else 'DRAFT' end,
                       submitted_by = ?, submitted_at = ?,
                       version = version + 1
                 where id = ? and version = ? and status <> 'SUBMITTED'""")
                .param(draft.periodFrom()).param(draft.periodTo()).param(clean(draft.whatHappened()))
                .param(clean(draft.childView())).param(clean(draft.familyCooperation())).param(clean(draft.concerns()))
                .param(draft.recommendation() == null ? null : draft.recommendation().name())
                .param(clean(draft.recommendationReason())).param(draft.reviewedWithFamilyOn())
                .param(clean(draft.notReviewedReason())).param(userId).param(Timestamp.from(now))
                .param(submitting).param(submitting ? userId : null)
                .param(submitting ? Timestamp.from(now) : null)
                .param(id).param(expectedVersion).update();
        if (updated == 0) {
            return false;
        }
        for (GoalSection goal : draft.goals()) {
            jdbc.sql("""
                    update status_report_goal set attainment = ?, actions = ?, observations = ?
                     where report_id = ? and goal_id = ?""")
                    .param(goal.attainment() == null ? null : goal.attainment().name()).param(clean(goal.actions()))
                    .param(clean(goal.observations())).param(id).param(goal.goalId()).update();
        }
        return true;
    }

    private List<GoalSection> goals(long reportId) {
        return jdbc.sql("""
                select goal_id, goal_title, attainment, actions, observations from status_report_goal
                 where report_id = ? order by goal_id""").param(reportId).query(GoalSection.class).list();
    }

    private static StatusReport map(ResultSet rs, List<GoalSection> goals) throws SQLException {
        String recommendation = rs.getString("recommendation");
        Timestamp submittedAt = rs.getTimestamp("submitted_at");
        StatusReportDraft content = new StatusReportDraft(date(rs, "period_from"), date(rs, "period_to"),
                rs.getString("what_happened"), goals, rs.getString("child_view"), rs.getString("family_cooperation"),
                rs.getString("concerns"), recommendation == null ? null : Recommendation.valueOf(recommendation),
                rs.getString("recommendation_reason"), date(rs, "reviewed_with_family_on"),
                rs.getString("not_reviewed_reason"));
        return new StatusReport(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getString("child_first_name"), rs.getLong("intervention_id"), rs.getString("intervention_name"),
                rs.getLong("provider_id"), rs.getString("provider_name"),
                StatusReportStatus.valueOf(rs.getString("status")), date(rs, "due_on"), content,
                rs.getString("submitted_by_name"), submittedAt == null ? null : submittedAt.toInstant(),
                rs.getInt("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
