package dk.spor.deadline.rules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.deadline.DeadlineRule;
import dk.spor.deadline.UnknownDeadlineRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the deadline rules: which applies when, and new versions made by an administrator. */
@Service
public class DeadlineRuleCatalog {

    private static final String SELECT = "select " + RuleRows.COLUMNS + " from deadline_rule r";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineRuleCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The version in force on a date: the newest version that starts on or before the date, unless that version
     * ended before it. Empty when the rule does not apply then (not yet, or no longer).
     */
    public Optional<DeadlineRule> inForce(String ruleId, LocalDate date) {
        Optional<DeadlineRule> newest = jdbc.sql(SELECT + " where r.id = ? and r.valid_from <= ? order by r.version desc limit 1")
                .param(ruleId).param(date).query((rs, row) -> RuleRows.map(rs)).optional();
        if (newest.isEmpty() && latest(ruleId).isEmpty()) {
            throw new UnknownDeadlineRule(ruleId);
        }
        return newest.filter(rule -> rule.validTo() == null || !date.isAfter(rule.validTo()));
    }

    public Optional<DeadlineRule> latest(String ruleId) {
        return jdbc.sql(SELECT + " where r.id = ? order by r.version desc limit 1")
                .param(ruleId).query((rs, row) -> RuleRows.map(rs)).optional();
    }

    public Optional<DeadlineRule> version(String ruleId, int version) {
        return jdbc.sql(SELECT + " where r.id = ? and r.version = ?")
                .param(ruleId).param(version).query((rs, row) -> RuleRows.map(rs)).optional();
    }

    /** The newest version of every rule: statutory and national rules first, then by name. */
    public List<DeadlineRule> latestVersions() {
        return jdbc.sql("select * from (select distinct on (r.id) " + RuleRows.COLUMNS
                        + " from deadline_rule r order by r.id, r.version desc) latest order by scope = 'NATIONAL' desc, name_da")
                .query((rs, row) -> RuleRows.map(rs)).list();
    }

    /** All versions of a rule, newest first. */
    public List<RuleVersion> history(String ruleId) {
        return jdbc.sql("select " + RuleRows.COLUMNS + ", r.created_at, r.created_by from deadline_rule r"
                        + " where r.id = ? order by r.version desc")
                .param(ruleId)
                .query((rs, row) -> new RuleVersion(RuleRows.map(rs), rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("created_by", Long.class)))
                .list();
    }

    /**
     * Saves the change as the version after {@code basedOnVersion}. Fails with {@link RuleChangedConcurrently} when
     * that is no longer the newest version, so two administrators cannot overwrite each other's change.
     */
    @Transactional
    public DeadlineRule revise(String ruleId, int basedOnVersion, RuleChange change, long actorId) {
        DeadlineRule current = latest(ruleId).orElseThrow(() -> new UnknownDeadlineRule(ruleId));
        if (current.version() != basedOnVersion) {
            throw new RuleChangedConcurrently(ruleId, basedOnVersion);
        }
        DeadlineRule next = new DeadlineRule(ruleId, basedOnVersion + 1, change.nameDa(), current.source(),
                current.legalReference(), current.triggerEvent(), current.triggerEventDa(), change.duration(),
                current.completionEvent(), current.completionEventDa(), current.escalateTo(), change.validFrom(),
                change.validTo(), current.scope());
        if (insert(next, actorId) == 0) {
            throw new RuleChangedConcurrently(ruleId, basedOnVersion);
        }
        return next;
    }

    /** Adds a shipped version unless it is already stored; returns whether it was added. */
    boolean addIfAbsent(DeadlineRule rule) {
        return insert(rule, null) == 1;
    }

    private int insert(DeadlineRule rule, Long actorId) {
        return jdbc.sql("""
                insert into deadline_rule (id, version, name_da, source, legal_reference, trigger_event,
                                           trigger_event_da, duration_amount, duration_unit, completion_event,
                                           completion_event_da, escalate_to, valid_from, valid_to, scope,
                                           created_at, created_by)
                values (:id, :version, :name, :source, :legal, :trigger, :triggerDa, :amount, :unit, :completion,
                        :completionDa, :escalateTo, :validFrom, :validTo, :scope, :createdAt, :createdBy)
                on conflict (id, version) do nothing""")
                .param("id", rule.id()).param("version", rule.version()).param("name", rule.nameDa())
                .param("source", rule.source()).param("legal", rule.legalReference())
                .param("trigger", rule.triggerEvent()).param("triggerDa", rule.triggerEventDa())
                .param("amount", rule.duration().amount()).param("unit", rule.duration().unit().name())
                .param("completion", rule.completionEvent()).param("completionDa", rule.completionEventDa())
                .param("escalateTo", rule.escalateTo() == null ? null : rule.escalateTo().name())
                .param("validFrom", rule.validFrom()).param("validTo", rule.validTo())
                .param("scope", rule.scope().name()).param("createdAt", Timestamp.from(clock.instant()))
                .param("createdBy", actorId)
                .update();
    }
}
