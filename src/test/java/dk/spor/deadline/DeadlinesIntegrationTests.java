package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.rules.DeadlineRuleCatalog;
import dk.spor.deadline.rules.RuleChange;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DeadlinesIntegrationTests {

    private static final Instant WEDNESDAY_BEFORE_EASTER_2026 = Instant.parse("2026-04-01T07:00:00Z");

    @Autowired Deadlines deadlines;
    @Autowired DeadlineRuleCatalog rules;
    @Autowired CaseFiles caseFiles;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;
    @Autowired TestData data;

    String caseworker;
    long team;
    long child;
    long caseId;

    @BeforeEach
    void aCaseWithACaseworker() {
        team = data.team("Frister");
        caseworker = data.user(Role.CASEWORKER, team);
        child = data.child("Alma", "Frist");
        caseId = data.openCase(child, team, data.userId(caseworker));
    }

    @Test
    void startComputesTheDueTimeFromTheRuleInForceAndNotesItInTheChronology() {
        Deadline deadline = deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026)).orElseThrow();

        assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2026-04-14T23:59:59.999999+02:00").toInstant());
        assertThat(deadline.rule().id()).isEqualTo("concern-report.confirm-receipt");
        assertThat(deadline.rule().version()).isEqualTo(1);
        assertThat(deadline.triggeredAt()).isEqualTo(WEDNESDAY_BEFORE_EASTER_2026);
        assertThat(deadline.childId()).isEqualTo(child);
        assertThat(deadline.assigneeId()).isEqualTo(data.userId(caseworker));
        assertThat(chronology()).anySatisfy(line -> assertThat(line)
                .contains("deadline.started", "Frist: Bekræft modtagelsen over for underretteren",
                        "14. apr. 2026 kl. 23:59", "6 hverdage efter modtagelsen af underretningen", "§ 137",
                        "regelversion 1"));
    }

    @Test
    void startDueAtKeepsTheRuleAndTriggerButUsesTheChosenDueTime() {
        Instant heldAt = Instant.parse("2026-03-10T09:00:00Z");
        Instant chosen = OffsetDateTime.parse("2026-05-20T23:59:59.999999+02:00").toInstant();

        Deadline deadline = deadlines.startDueAt(DeadlineTriggered.onCase("intervention.next-follow-up", "CASE",
                caseId, caseId, heldAt), chosen).orElseThrow();

        assertThat(deadline.dueAt()).isEqualTo(chosen);
        assertThat(deadline.rule().id()).isEqualTo("intervention.next-follow-up");
        assertThat(deadline.rule().version()).isEqualTo(1);
        assertThat(deadline.triggeredAt()).isEqualTo(heldAt);
        assertThat(deadline.assigneeId()).isEqualTo(data.userId(caseworker));
        assertThat(chronology()).anySatisfy(line -> assertThat(line).contains("deadline.started",
                "Frist: Næste opfølgning på indsatsen", "20. maj 2026 kl. 23:59", "som aftalt efter den seneste opfølgning",
                "regelversion 1"));
        assertThatThrownBy(() -> deadlines.startDueAt(DeadlineTriggered.onCase("intervention.next-follow-up", "CASE",
                caseId, caseId, heldAt), heldAt.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingTheSameTriggerTwiceKeepsOneDeadline() {
        Deadline first = deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026)).orElseThrow();
        Deadline again = deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026)).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(deadlines.forCase(caseId)).hasSize(1);
        assertThat(chronology()).filteredOn(line -> line.startsWith("deadline.started")).hasSize(1);
    }

    @Test
    void aRuleNotYetInForceStartsNothing() {
        assertThat(deadlines.start(receipt(Instant.parse("2023-06-01T08:00:00Z")))).isEmpty();
        assertThat(deadlines.forCase(caseId)).isEmpty();
    }

    @Test
    void anUnknownRuleIsAProgrammingError() {
        var unknown = DeadlineTriggered.onCase("no.such-rule", "concern-report", 1, caseId, WEDNESDAY_BEFORE_EASTER_2026);

        assertThatThrownBy(() -> deadlines.start(unknown)).isInstanceOf(UnknownDeadlineRule.class);
        assertThatThrownBy(() -> deadlines.complete("no.such-rule", "concern-report", 1, WEDNESDAY_BEFORE_EASTER_2026))
                .isInstanceOf(UnknownDeadlineRule.class);
    }

    @Test
    void completeMarksTheOpenDeadlinesMetOnceAndNotesIt() {
        deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026));
        Instant metAt = Instant.parse("2026-04-08T10:00:00Z");

        assertThat(deadlines.complete("concern-report.confirm-receipt", "concern-report", caseId, metAt)).isEqualTo(1);
        assertThat(deadlines.complete("concern-report.confirm-receipt", "concern-report", caseId, metAt)).isZero();

        Deadline met = deadlines.forCase(caseId).get(0);
        assertThat(met.metAt()).isEqualTo(metAt);
        assertThat(met.statusAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(Deadline.Status.MET);
        assertThat(chronology()).anySatisfy(line -> assertThat(line)
                .startsWith("deadline.met").contains("Frist overholdt: Bekræft modtagelsen over for underretteren"));
    }

    @Test
    void otherModulesStartAndCompleteDeadlinesByPublishingEvents() {
        Instant received = Instant.parse("2026-03-28T11:00:00Z");
        transactions.executeWithoutResult(status -> events.publishEvent(
                DeadlineTriggered.onCase("concern-report.assess-24h", "concern-report", caseId, caseId, received)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadlines.forCase(caseId))
                .singleElement().satisfies(deadline -> assertThat(deadline.dueAt())
                        .isEqualTo(OffsetDateTime.parse("2026-03-29T13:00+02:00").toInstant())));

        transactions.executeWithoutResult(status -> events.publishEvent(new DeadlineCompleted(
                "concern-report.assess-24h", "concern-report", caseId, received.plusSeconds(3600))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadlines.forCase(caseId))
                .singleElement().satisfies(deadline -> assertThat(deadline.metAt()).isNotNull()));
    }

    @Test
    void assigningTheCaseMovesItsOpenDeadlinesToTheNewCaseworker() {
        deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026));
        long newCaseworker = data.userId(data.user(Role.CASEWORKER, team));
        int version = caseFiles.caseFile(AccessScope.all(), caseId).orElseThrow().version();

        caseFiles.assign(caseId, newCaseworker, version, "Ny rådgiver", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadlines.forCase(caseId))
                .filteredOn(deadline -> deadline.ruleId().equals("concern-report.confirm-receipt"))
                .singleElement().satisfies(deadline -> assertThat(deadline.assigneeId()).isEqualTo(newCaseworker)));
    }

    @Test
    void aNewRuleVersionAppliesFromItsStartDateWhileEarlierDeadlinesKeepTheirVersion() {
        long admin = data.userId(data.user(Role.ADMIN, null));
        DeadlineRule current = rules.latest("goals.revise").orElseThrow();
        Deadline before = startGoals("2040-12-31T10:00:00Z");

        DeadlineRule revised = rules.revise("goals.revise", current.version(), new RuleChange("Revidér målene",
                new DeadlineDuration(3, DurationUnit.MONTHS), LocalDate.of(2041, 1, 1), LocalDate.of(2041, 12, 31)), admin);
        Deadline after = startGoals("2041-01-15T10:00:00Z");

        assertThat(after.rule().version()).isEqualTo(revised.version()).isEqualTo(current.version() + 1);
        assertThat(after.dueAt()).isEqualTo(OffsetDateTime.parse("2041-04-15T23:59:59.999999+02:00").toInstant());
        assertThat(deadlines.forCase(caseId)).filteredOn(deadline -> deadline.id() == before.id()).singleElement()
                .satisfies(deadline -> assertThat(deadline.rule()).isEqualTo(before.rule()));
        assertThat(deadlines.start(DeadlineTriggered.onCase("goals.revise", "plan", caseId, caseId,
                Instant.parse("2042-01-15T10:00:00Z")))).as("the newest version has ended").isEmpty();
    }

    @Test
    void theChildPageShowsHowEachDeadlineWasComputedAndTheMetOnes() {
        deadlines.start(receipt(WEDNESDAY_BEFORE_EASTER_2026));
        deadlines.start(DeadlineTriggered.onCase("concern-report.assess-24h", "concern-report", caseId, caseId,
                WEDNESDAY_BEFORE_EASTER_2026));
        deadlines.complete("concern-report.assess-24h", "concern-report", caseId, Instant.parse("2026-04-01T12:00:00Z"));

        assertThat(mvc.get().uri("/boern/{id}", child).with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Bekræft modtagelsen over for underretteren")
                .contains("6 hverdage efter modtagelsen af underretningen (1. apr. 2026 kl. 09:00)")
                .contains("Barnets lov § 137, stk. 1").contains("regelversion 1")
                .contains("Opfyldte frister").contains("Vurdér underretningen for akut fare");
    }

    private DeadlineTriggered receipt(Instant receivedAt) {
        return DeadlineTriggered.onCase("concern-report.confirm-receipt", "concern-report", caseId, caseId, receivedAt);
    }

    private Deadline startGoals(String at) {
        return deadlines.start(DeadlineTriggered.onCase("goals.revise", "plan", caseId, caseId, Instant.parse(at)))
                .orElseThrow();
    }

    private List<String> chronology() {
        return jdbc.sql("select kind || ' ' || title || ' ' || coalesce(detail, '') from chronology_entry where case_id = ?")
                .param(caseId).query(String.class).list();
    }
}
