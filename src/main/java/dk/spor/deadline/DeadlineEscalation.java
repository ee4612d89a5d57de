package dk.spor.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates overdue deadlines whose rule escalates to the team leader: sets {@code escalated_at}, notes it in the
 * case's chronology and publishes {@link DeadlineEscalated}. Safe with several app nodes: rows are claimed with
 * {@code for update skip locked} and updated only while {@code escalated_at is null}, so each deadline is escalated
 * by exactly one node, once.
 */
@Component
class DeadlineEscalation {

    static final int BATCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DeadlineChronology chronology;
    private final Clock clock;

    DeadlineEscalation(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            DeadlineChronology chronology, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.chronology = chronology;
        this.clock = clock;
    }

    /** Escalates everything overdue now, a batch per transaction; returns how many deadlines it escalated. */
    @Scheduled(fixedDelayString = "${spor.deadlines.escalation-interval:PT5M}",
            initialDelayString = "${spor.deadlines.escalation-initial-delay:PT1M}")
    int escalateOverdue() {
        Instant now = clock.instant();
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> escalateBatch(now));
            total += batch;
        } while (batch == BATCH_SIZE);
        return total;
    }

    private int escalateBatch(Instant now) {
        List<Overdue> escalated = jdbc.sql("""
                update deadline d set escalated_at = :now, version = d.version + 1
                  from (select o.id from deadline o
                         where o.escalate_to = 'TEAM_LEADER' and o.met_at is null and o.escalated_at is null
                           and o.due_at < :now
                         order by o.due_at
                         limit :batch
                           for update skip locked) overdue
                 where d.id = overdue.id and d.escalated_at is null
                returning d.id, d.rule_id, d.title, d.case_id, d.child_id, d.assignee_id, d.due_at""")
                .param("now", Timestamp.from(now)).param("batch", BATCH_SIZE)
                .query((rs, row) -> new Overdue(new DeadlineEscalated(rs.getLong("id"), rs.getString("rule_id"),
                        rs.getObject("case_id", Long.class), rs.getObject("child_id", Long.class),
                        rs.getObject("assignee_id", Long.class), rs.getTimestamp("due_at").toInstant(), now),
                        rs.getString("title")))
                .list();
        for (Overdue overdue : escalated) {
            DeadlineEscalated event = overdue.event();
            if (event.caseId() != null) {
                chronology.escalated(event.caseId(), overdue.title(), event.dueAt(), now);
            }
            events.publishEvent(event);
        }
        return escalated.size();
    }

    private record Overdue(DeadlineEscalated event, String title) {
    }
}
