package dk.spor.deadline.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import dk.spor.deadline.DeadlineDuration;
import dk.spor.deadline.DeadlineRule;
import dk.spor.deadline.DurationUnit;
import dk.spor.organisation.Role;

/** Reads a rule version from a query that selects {@link #COLUMNS} from {@code deadline_rule r}. */
public final class RuleRows {

    public static final String COLUMNS = """
            r.id as rule_id, r.version as rule_version, r.name_da, r.source, r.legal_reference, r.trigger_event,
            r.trigger_event_da, r.duration_amount, r.duration_unit, r.completion_event, r.completion_event_da,
            r.escalate_to, r.valid_from, r.valid_to, r.scope""";

    private RuleRows() {
    }

    public static DeadlineRule map(ResultSet rs) throws SQLException {
        String escalateTo = rs.getString("escalate_to");
        return new DeadlineRule(rs.getString("rule_id"), rs.getInt("rule_version"), rs.getString("name_da"),
                rs.getString("source"), rs.getString("legal_reference"), rs.getString("trigger_event"),
                rs.getString("trigger_event_da"),
                new DeadlineDuration(rs.getInt("duration_amount"), DurationUnit.valueOf(rs.getString("duration_unit"))),
                rs.getString("completion_event"), rs.getString("completion_event_da"),
                escalateTo == null ? null : Role.valueOf(escalateTo), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), DeadlineRule.Scope.valueOf(rs.getString("scope")));
    }
}
