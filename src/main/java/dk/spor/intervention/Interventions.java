package dk.spor.intervention;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a case's interventions for the modules that work with them. Callers check access to the case first. */
@Service
public class Interventions {

    private final JdbcClient jdbc;

    Interventions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's interventions in the order they were granted. */
    public List<InterventionPeriod> ofCase(long caseId) {
        return jdbc.sql("""
                select i.id, i.case_id, i.child_id, t.name as type_name, i.provider_id, p.name as provider_name,
                       i.status, i.granted_on, i.started_on, i.ended_on, i.expected_duration_months
                from intervention i
                join intervention_type t on t.code = i.type_code
                left join provider p on p.id = i.provider_id
                where i.case_id = :caseId
                order by i.granted_on, i.id""")
                .param("caseId", caseId)
                .query(InterventionPeriod.class)
                .list();
    }
}
