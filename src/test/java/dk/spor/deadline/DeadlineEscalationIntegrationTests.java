package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import dk.spor.organisation.Role;
import dk.spor.platform.ClockConfiguration;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation job, run with a fixed clock. Deadlines here fall due in January 2024, earlier than any other
 * test's, so the job escalates nothing else.
 */
@IntegrationTest
class DeadlineEscalationIntegrationTests {

    private static final Instant RECEIVED = Instant.parse("2024-01-02T08:00:00Z");
    private static final Instant DUE_24_HOURS_LATER = RECEIVED.plusSeconds(24 * 3600);

    @Autowired Deadlines deadlines;
    @Autowired DeadlineChronology chronology;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;

    final List<Object> published = Collections.synchronizedList(new ArrayList<>());
    long caseId;
    long caseworker;

    @BeforeEach
    void aCase() {
        long team = data.team("Eskalering");
        caseworker = data.userId(data.user(Role.CASEWORKER, team));
        caseId = data.openCase(data.child("Ida", "Eskalering"), team, caseworker);
    }

    @Test
    void escalatesAnOverdueDeadlineToTheTeamLeaderOnce() {
        Deadline deadline = start("concern-report.assess-24h", RECEIVED);
        Instant now = DUE_24_HOURS_LATER.plusSeconds(60);

        jobAt(now).escalateOverdue();
        jobAt(now.plusSeconds(300)).escalateOverdue();

        assertThat(escalatedAt(deadline)).isEqualTo(now);
        assertThat(published).filteredOn(DeadlineEscalated.class::isInstance).map(DeadlineEscalated.class::cast)
                .filteredOn(event -> event.deadlineId() == deadline.id()).singleElement().satisfies(event -> {
                    assertThat(event.ruleId()).isEqualTo("concern-report.assess-24h");
                    assertThat(event.caseId()).isEqualTo(caseId);
                    assertThat(event.assigneeId()).isEqualTo(caseworker);
                    assertThat(event.dueAt()).isEqualTo(DUE_24_HOURS_LATER);
                    assertThat(event.escalatedAt()).isEqualTo(now);
                });
        assertThat(jdbc.sql("select title from chronology_entry where case_id = ? and kind = 'deadline.escalated'")
                .param(caseId).query(String.class).list())
                .containsExactly("Frist overskredet: Vurdér underretningen for akut fare");
    }

    @Test
    void leavesDeadlinesThatAreNotYetDueMetOrWithoutEscalation() {
        Deadline notYetDue = start("concern-report.assess-24h", RECEIVED);
        Deadline met = start("concern-report.confirm-receipt", RECEIVED);
        deadlines.complete("concern-report.confirm-receipt", "test", caseId, RECEIVED.plusSeconds(3600));
        Deadline local = start("meeting.parent-call", RECEIVED);

        jobAt(DUE_24_HOURS_LATER).escalateOverdue();
        jobAt(Instant.parse("2024-01-20T12:00:00Z")).escalateOverdue();

        assertThat(escalatedAt(notYetDue)).as("due exactly now is not overdue yet; 18 days later it is")
                .isEqualTo(Instant.parse("2024-01-20T12:00:00Z"));
        assertThat(escalatedAt(met)).isNull();
        assertThat(escalatedAt(local)).isNull();
    }

    @Test
    void twoNodesEscalatingAtOnceEscalateEachDeadlineOnce() throws Exception {
        List<Deadline> overdue = List.of(start("concern-report.assess-24h", RECEIVED),
                start("concern-report.assess-24h", RECEIVED.plusSeconds(1)),
                start("concern-report.assess-24h", RECEIVED.plusSeconds(2)));
        Instant now = DUE_24_HOURS_LATER.plusSeconds(3600);
        CyclicBarrier together = new CyclicBarrier(2);

        var first = CompletableFuture.runAsync(() -> { await(together); jobAt(now).escalateOverdue(); });
        var second = CompletableFuture.runAsync(() -> { await(together); jobAt(now).escalateOverdue(); });
        CompletableFuture.allOf(first, second).get();

        List<Long> ours = overdue.stream().map(Deadline::id).toList();
        assertThat(published).filteredOn(DeadlineEscalated.class::isInstance).map(DeadlineEscalated.class::cast)
                .map(DeadlineEscalated::deadlineId).filteredOn(ours::contains)
                .containsExactlyInAnyOrderElementsOf(ours);
    }

    /** The job as one app node with its own clock, publishing into {@link #published}. */
    private DeadlineEscalation jobAt(Instant now) {
        return new DeadlineEscalation(jdbc, transactions, published::add, chronology,
                Clock.fixed(now, ClockConfiguration.DANISH_TIME));
    }

    private Deadline start(String ruleId, Instant at) {
        return deadlines.start(DeadlineTriggered.onCase(ruleId, "test", caseId, caseId, at)).orElseThrow();
    }

    private Instant escalatedAt(Deadline deadline) {
        return deadlines.forCase(caseId).stream().filter(d -> d.id() == deadline.id()).findFirst().orElseThrow()
                .escalatedAt();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
