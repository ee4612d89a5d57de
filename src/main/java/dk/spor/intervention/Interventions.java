package dk.spor.intervention;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a case's interventions. {@link #ofCase} and {@link #ofGoal} are for modules that have checked access to the
 * case already; the methods taking a user check access themselves and audit the read.
 */
@Service
public class Interventions {

    private static final String DETAILS = """
            select i.id, i.case_id, i.child_id, i.decision_id, i.type_code, t.name as type_name,
                   b.paragraph || ': ' || b.title as legal_basis_label, t.placement, i.provider_id,
                   p.name as provider_name, i.provider_contact, i.purpose, i.expected_duration_months, i.granted_on,
                   i.planned_start_on, i.started_on, i.ended_on, i.end_reason, i.purpose_reached, i.status,
                   i.waiting_assessment, i.waiting_assessed_at, u.full_name as waiting_assessed_by_name,
                   array(select g.goal_id from intervention_goal g where g.intervention_id = i.id order by g.goal_id)
                       as goal_ids, i.version
              from intervention i
              join intervention_type t on t.code = i.type_code
              join legal_basis b on b.id = i.legal_basis_id
              left join provider p on p.id = i.provider_id
              left join app_user u on u.id = i.waiting_assessed_by""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final int waitLimitDays;

    Interventions(JdbcClient jdbc, CaseFiles caseFiles, AuditLog audit,
            @Value("${spor.interventions.start-wait-limit-days:14}") int waitLimitDays) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.waitLimitDays = waitLimitDays;
    }

    /** The case's interventions in the order they were granted. */
    public List<InterventionPeriod> ofCase(long caseId) {
        return periods("i.case_id = ?", caseId);
    }

    /** The interventions that work toward a goal. */
    public List<InterventionPeriod> ofGoal(long goalId) {
        return periods("exists (select 1 from intervention_goal g where g.intervention_id = i.id and g.goal_id = ?)",
                goalId);
    }

    /** The case's interventions in full, if the user may see the case; the read is audited. */
    public List<Intervention> ofCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "case", caseId, "Indsatser læst");
        return jdbc.sql(DETAILS + " where i.case_id = ? order by i.granted_on, i.id").param(caseId)
                .query(Interventions::map).list();
    }

    /** One intervention of the case, if the user may see the case; the read is audited. */
    public Intervention intervention(CurrentUser user, long caseId, long interventionId) {
        caseFiles.requireCase(user, caseId);
        Intervention intervention = find(caseId, interventionId)
                .orElseThrow(() -> new NotFound("Intervention " + interventionId + " on case " + caseId));
        audit.read(intervention.childId(), "intervention", interventionId, "Indsats læst");
        return intervention;
    }

    /** The intervention types under the legal bases in force, grouped by basis. */
    public List<InterventionType> types() {
        return jdbc.sql("""
                select t.code, t.name, t.legal_basis_id, b.paragraph || ': ' || b.title as legal_basis_label,
                       t.placement
                  from intervention_type t join legal_basis b on b.id = t.legal_basis_id
                 order by t.position""").query(InterventionType.class).list();
    }

    /** Days an intervention may wait for its start before the consequences for the child must be assessed. */
    public int waitLimitDays() {
        return waitLimitDays;
    }

    Optional<Intervention> find(long caseId, long interventionId) {
        return jdbc.sql(DETAILS + " where i.id = ? and i.case_id = ?").param(interventionId).param(caseId)
                .query(Interventions::map).optional();
    }

    private List<InterventionPeriod> periods(String condition, long id) {
        return jdbc.sql("""
                select i.id, i.case_id, i.child_id, t.name as type_name, i.provider_id, p.name as provider_name,
                       i.status, i.granted_on, i.started_on, i.ended_on, i.expected_duration_months
                from intervention i
                join intervention_type t on t.code = i.type_code
                left join provider p on p.id = i.provider_id
                where\s""" + condition + " order by i.granted_on, i.id")
                .param(id)
                .query(InterventionPeriod.class)
                .list();
    }

    private static Intervention map(ResultSet rs, int row) throws SQLException {
        Timestamp assessed = rs.getTimestamp("waiting_assessed_at");
        Array goalIds = rs.getArray("goal_ids");
        return new Intervention(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getObject("decision_id", Long.class), rs.getString("type_code"), rs.getString("type_name"),
                rs.getString("legal_basis_label"), rs.getBoolean("placement"), rs.getObject("provider_id", Long.class),
                rs.getString("provider_name"), rs.getString("provider_contact"), rs.getString("purpose"),
                rs.getObject("expected_duration_months", Integer.class), rs.getObject("granted_on", LocalDate.class),
                rs.getObject("planned_start_on", LocalDate.class), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"),
                rs.getObject("purpose_reached", Boolean.class), InterventionStatus.valueOf(rs.getString("status")),
                rs.getString("waiting_assessment"), assessed == null ? null : assessed.toInstant(),
                rs.getString("waiting_assessed_by_name"), Arrays.asList((Long[]) goalIds.getArray()),
                rs.getInt("version"));
    }
}
