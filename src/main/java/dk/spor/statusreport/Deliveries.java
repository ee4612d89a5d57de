package dk.spor.statusreport;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The children a provider works with: its organisation's running interventions, and nothing else (least privilege:
 * no concern reports, investigations, decisions or other providers' interventions). Every read is audited.
 */
@Service
public class Deliveries {

    private static final String SELECT = """
            select i.id as intervention_id, i.case_id, i.child_id, ch.first_name, ch.birth_date, ch.school,
                   t.name as intervention_name, i.purpose, i.started_on,
                   array(select g.title from intervention_goal ig join goal g on g.id = ig.goal_id
                          where ig.intervention_id = i.id and g.status = 'ACTIVE' order by g.set_on, g.id) as goals,
                   u.full_name as caseworker_name, u.email as caseworker_email,
                   r.id as open_report_id, r.status as open_report_status, r.due_on,
                   (select max(s.submitted_at) from status_report s
                     where s.intervention_id = i.id and s.status = 'SUBMITTED') as last_submitted_at
              from intervention i
              join child ch on ch.id = i.child_id
              join intervention_type t on t.code = i.type_code
              join case_file c on c.id = i.case_id
              left join app_user u on u.id = c.caseworker_id
              left join status_report r on r.intervention_id = i.id and r.status <> 'SUBMITTED'
             where i.provider_id = :provider and i.status = 'RUNNING'""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final AuditLog audit;

    Deliveries(JdbcClient jdbc, CaseFiles caseFiles, AuditLog audit) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.audit = audit;
    }

    /** The provider's running interventions, by the child's first name; empty for anyone but a provider. */
    public List<Delivery> ofProvider(CurrentUser user) {
        if (!user.is(Role.PROVIDER)) {
            return List.of();
        }
        List<Delivery> deliveries = jdbc.sql(SELECT + " order by lower(ch.first_name), ch.id, i.started_on")
                .param("provider", user.providerId()).query(Deliveries::map).list();
        audit.readChildren(deliveries.stream().map(Delivery::childId).toList(), "Udførerens liste over børn");
        return deliveries;
    }

    /** The provider's running interventions for one child; 404 (audited) when it delivers none. */
    public List<Delivery> toChild(CurrentUser user, long childId) {
        if (!user.is(Role.PROVIDER)) {
            caseFiles.requireChildAccess(user, childId);
            throw new IllegalArgumentException("Only a provider has deliveries; staff read the child's own page");
        }
        caseFiles.requireChildInScope(user, childId);
        List<Delivery> deliveries = jdbc.sql(SELECT + " and i.child_id = :child order by i.started_on, i.id")
                .param("provider", user.providerId()).param("child", childId).query(Deliveries::map).list();
        audit.read(childId, "child", childId, "Udførerens visning af barnet");
        return deliveries;
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        String openStatus = rs.getString("open_report_status");
        Timestamp lastSubmitted = rs.getTimestamp("last_submitted_at");
        Date due = rs.getDate("due_on");
        Date started = rs.getDate("started_on");
        return new Delivery(rs.getLong("intervention_id"), rs.getLong("case_id"), rs.getLong("child_id"),
                rs.getString("first_name"), rs.getDate("birth_date").toLocalDate(), rs.getString("school"),
                rs.getString("intervention_name"), rs.getString("purpose"),
                started == null ? null : started.toLocalDate(), strings(rs.getArray("goals")),
                rs.getString("caseworker_name"), rs.getString("caseworker_email"),
                rs.getObject("open_report_id", Long.class),
                openStatus == null ? null : StatusReportStatus.valueOf(openStatus), due == null ? null : due.toLocalDate(),
                lastSubmitted == null ? null : lastSubmitted.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
