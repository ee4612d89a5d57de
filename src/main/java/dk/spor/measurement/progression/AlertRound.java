package dk.spor.measurement.progression;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic round for the alerts time brings without a new measurement: silence past the cadence, stagnation
 * past a goal's review date or an intervention's expected duration. Safe with several app nodes: each batch of cases
 * is claimed in {@code progression_evaluation} (a case evaluated within the last half interval is skipped, and a
 * conflicting claim waits for the other node's batch and then skips it), so each case is evaluated once per round.
 */
@Component
class AlertRound {

    static final int BATCH_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(AlertRound.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AlertEvaluation evaluation;
    private final InstrumentReads instruments;
    private final AlertStore store;
    private final Clock clock;
    private final Duration interval;

    AlertRound(JdbcClient jdbc, TransactionTemplate transactions, AlertEvaluation evaluation,
            InstrumentReads instruments, AlertStore store, Clock clock,
            @Value("${spor.progression.alert-round-interval:PT6H}") Duration interval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.evaluation = evaluation;
        this.instruments = instruments;
        this.store = store;
        this.clock = clock;
        this.interval = interval;
    }

    /** Evaluates every followed-up open case not evaluated recently; returns how many alerts were raised. */
    @Scheduled(fixedDelayString = "${spor.progression.alert-round-interval:PT6H}",
            initialDelayString = "${spor.progression.alert-round-initial-delay:PT10M}")
    int run() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(interval.dividedBy(2));
        Map<String, ProgressionInstrument> definitions = instruments.newestVersions();
        int closed = transactions.execute(status -> store.resolveClosedCases(now));
        int raised = 0;
        int evaluated = 0;
        List<Long> batch;
        do {
            int[] counts = new int[2];
            batch = transactions.execute(status -> {
                List<Long> claimed = claim(now, cutoff);
                claimed.forEach(caseId -> counts[0] += evaluation.evaluate(caseId, definitions, true));
                return claimed;
            });
            raised += counts[0];
            evaluated += batch.size();
        } while (batch.size() == BATCH_SIZE);
        log.info("Progression alerts: {} cases evaluated, {} alerts raised, {} resolved with their closed case",
                evaluated, raised, closed);
        return raised;
    }

    private List<Long> claim(Instant now, Instant cutoff) {
        return jdbc.sql("""
                insert into progression_evaluation (case_id, evaluated_at)
                select c.id, :now from case_file c
                 where c.closed_at is null
                   and (c.phase in ('INTERVENTION', 'EARLY_SUPPORT')
                        or exists (select 1 from measurement m where m.case_id = c.id)
                        or exists (select 1 from progression_alert a where a.case_id = c.id and a.resolved_at is null))
                   and not exists (select 1 from progression_evaluation e
                                    where e.case_id = c.id and e.evaluated_at >= :cutoff)
                 order by c.id
                 limit :batch
                on conflict (case_id) do update set evaluated_at = excluded.evaluated_at
                 where progression_evaluation.evaluated_at < :cutoff
                returning case_id""")
                .param("now", Timestamp.from(now)).param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH_SIZE)
                .query(Long.class).list();
    }
}
