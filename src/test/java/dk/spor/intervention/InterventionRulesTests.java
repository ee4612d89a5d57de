package dk.spor.intervention;

import static dk.spor.intervention.InterventionStatus.ENDED;
import static dk.spor.intervention.InterventionStatus.GRANTED;
import static dk.spor.intervention.InterventionStatus.RUNNING;
import static dk.spor.intervention.InterventionStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InterventionRulesTests {

    private static final LocalDate GRANTED_ON = LocalDate.of(2026, 3, 2);

    @Test
    void anInterventionMovesForwardOnlyAndMayEndBeforeItStarts() {
        assertThat(GRANTED.canMoveTo(WAITING)).isTrue();
        assertThat(GRANTED.canMoveTo(RUNNING)).as("a start needs a provider and a planned start first").isFalse();
        assertThat(WAITING.canMoveTo(RUNNING)).isTrue();
        assertThat(RUNNING.canMoveTo(ENDED)).isTrue();
        assertThat(GRANTED.canMoveTo(ENDED)).isTrue();
        assertThat(WAITING.canMoveTo(ENDED)).isTrue();
        assertThat(RUNNING.canMoveTo(WAITING)).isFalse();
        assertThat(ENDED.canMoveTo(RUNNING)).isFalse();
        for (InterventionStatus status : InterventionStatus.values()) {
            assertThat(status.canMoveTo(status)).isFalse();
        }
    }

    @Test
    void aWaitOverTheLimitNeedsAnAssessmentUntilOneIsRecorded() {
        LocalDate today = GRANTED_ON.plusDays(15);

        assertThat(WaitingTime.of(GRANTED_ON, null, GRANTED_ON.plusDays(14), 14, false).assessmentMissing()).isFalse();
        assertThat(WaitingTime.of(GRANTED_ON, null, today, 14, false).assessmentMissing()).isTrue();
        assertThat(WaitingTime.of(GRANTED_ON, null, today, 14, true).assessmentMissing()).isFalse();
        assertThat(WaitingTime.of(GRANTED_ON, GRANTED_ON.plusDays(30), today.plusDays(60), 14, false).exceeded())
                .as("a started intervention waits no longer").isFalse();
    }

    @Property
    void theWaitRunsFromTheGrantToTheStartOrToday(@ForAll @IntRange(min = 0, max = 800) int daysToStart,
            @ForAll @IntRange(min = 0, max = 800) int daysToToday, @ForAll boolean started,
            @ForAll @IntRange(min = 1, max = 60) int limit) {
        LocalDate startedOn = started ? GRANTED_ON.plusDays(daysToStart) : null;
        LocalDate today = GRANTED_ON.plusDays(daysToToday);

        WaitingTime wait = WaitingTime.of(GRANTED_ON, startedOn, today, limit, false);

        long expected = ChronoUnit.DAYS.between(GRANTED_ON, started ? startedOn : today);
        assertThat(wait.days()).isEqualTo(expected);
        assertThat(wait.exceeded()).isEqualTo(!started && expected > limit);
    }

    @Property
    void theNextFollowUpComesOneIntervalAfterTheLastAndNeverBeforeIt(@ForAll @IntRange(min = 1, max = 52) int amount,
            @ForAll CadenceUnit unit, @ForAll @IntRange(min = 0, max = 3000) int daysFromStart) {
        LocalDate held = LocalDate.of(2024, 1, 1).plusDays(daysFromStart);
        FollowUpCadence cadence = new FollowUpCadence(1, 1, amount, unit, "Begrundelse", null, held, "Rådgiver", null);

        LocalDate next = cadence.nextAfter(held);

        assertThat(next).isAfter(held);
        assertThat(unit == CadenceUnit.WEEKS ? ChronoUnit.DAYS.between(held, next) / 7
                : ChronoUnit.MONTHS.between(YearMonth.from(held), YearMonth.from(next))).isEqualTo(amount);
    }

    @Test
    void theCadenceReadsAsDanish() {
        assertThat(new FollowUpCadence(1, 1, 6, CadenceUnit.WEEKS, "x", null, GRANTED_ON, "R", null).label())
                .isEqualTo("Hver 6. uge");
        assertThat(new FollowUpCadence(1, 1, 1, CadenceUnit.MONTHS, "x", null, GRANTED_ON, "R", null).label())
                .isEqualTo("Hver måned");
    }
}
