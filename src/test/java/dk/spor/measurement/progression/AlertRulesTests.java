package dk.spor.measurement.progression;

import static dk.spor.measurement.progression.Courses.START;
import static dk.spor.measurement.progression.Courses.child;
import static dk.spor.measurement.progression.Courses.series;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.InterventionStatus;
import dk.spor.plan.Goal;
import dk.spor.plan.GoalStatus;
import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class AlertRulesTests {

    @Test
    void aFallOfTheReliableChangeIsADropAndLessIsNot() {
        assertThat(AlertRules.drop(Courses.TRIVSEL, child(), series(7, 5))).isPresent();
        assertThat(AlertRules.drop(Courses.TRIVSEL, child(), series(7, 6))).isEmpty();
        assertThat(AlertRules.drop(Courses.ORS, child(), series("ORS", Perspective.CHILD, null, 30, 26)))
                .as("ORS needs 5 of 40").isEmpty();
        assertThat(AlertRules.drop(Courses.ORS, child(), series("ORS", Perspective.CHILD, null, 30, 25))).isPresent();
    }

    @Test
    void aDropStandsUntilTheScoreIsBackWithinTheReliableChangeOfTheScoreBeforeIt() {
        assertThat(AlertRules.drop(Courses.TRIVSEL, child(), series(8, 5, 5))).as("still low").isPresent();
        assertThat(AlertRules.drop(Courses.TRIVSEL, child(), series(8, 5, 6))).as("8 - 6 = 2, still reliable").isPresent();
        assertThat(AlertRules.drop(Courses.TRIVSEL, child(), series(8, 5, 7))).as("recovered").isEmpty();
    }

    @Test
    void theDropTellsFromWhatToWhat() {
        AlertFinding finding = AlertRules.drop(Courses.TRIVSEL, child(), series(7, 4.5)).orElseThrow();
        assertThat(finding.kind()).isEqualTo(AlertKind.DROP);
        assertThat(finding.subjectKey()).isEqualTo("respondent:CHILD:Emma");
        assertThat(finding.detail()).startsWith("Fra 7 (").contains("til 4,5");
    }

    @Test
    void anSrsBelowTheCutoffOrAnySrsFallIsAnAllianceAlert() {
        Optional<BigDecimal> cutoff = Optional.of(new BigDecimal("36"));
        assertThat(AlertRules.alliance(Courses.SRS, child(), series("SRS", Perspective.CHILD, null, 35.9), cutoff))
                .get().extracting(AlertFinding::title).asString().startsWith("Svag alliance");
        assertThat(AlertRules.alliance(Courses.SRS, child(), series("SRS", Perspective.CHILD, null, 39, 38.5), cutoff))
                .get().extracting(AlertFinding::title).asString().startsWith("Fald i SRS");
        assertThat(AlertRules.alliance(Courses.SRS, child(), series("SRS", Perspective.CHILD, null, 38, 38), cutoff))
                .isEmpty();
        assertThat(AlertRules.alliance(Courses.SRS, child(), series("SRS", Perspective.CHILD, null, 36), cutoff))
                .as("on the cut-off is not below it").isEmpty();
    }

    @Test
    void aGoalWithoutImprovementByItsReviewDateStagnates() {
        Goal goal = new Goal(12, 1, 1, "Emma går i skole hver dag", GoalStatus.ACTIVE, START, START.plusMonths(3), null);
        List<List<MeasuredScore>> flat = List.of(series("GOAL_ATTAINMENT", Perspective.CASEWORKER, 12L, 3, 4, 4));
        List<List<MeasuredScore>> better = List.of(series("GOAL_ATTAINMENT", Perspective.CASEWORKER, 12L, 3, 4, 5));

        assertThat(AlertRules.goalStagnation(Courses.GOAL, goal, flat, START.plusMonths(3))).get()
                .extracting(AlertFinding::subjectKey).isEqualTo("goal:12");
        assertThat(AlertRules.goalStagnation(Courses.GOAL, goal, flat, START.plusMonths(3).minusDays(1)))
                .as("before the review date").isEmpty();
        assertThat(AlertRules.goalStagnation(Courses.GOAL, goal, better, START.plusMonths(4))).isEmpty();
        assertThat(AlertRules.goalStagnation(Courses.GOAL, goal,
                List.of(series("GOAL_ATTAINMENT", Perspective.CASEWORKER, 12L, 3)), START.plusMonths(4)))
                .as("one score shows no course").isEmpty();
    }

    @Test
    void anInterventionWithoutImprovementPastItsExpectedDurationStagnates() {
        InterventionPeriod running = new InterventionPeriod(7, 1, 1, "Familiebehandling", null, null,
                InterventionStatus.RUNNING, START, START.plusMonths(1), null, 6);
        List<List<MeasuredScore>> course = List.of(series(5, 5, 6, 5, 6, 6, 6, 6, 6));

        assertThat(AlertRules.interventionStagnation(Courses.TRIVSEL, running, course, START.plusMonths(7))).get()
                .extracting(AlertFinding::subjectKey).isEqualTo("intervention:7");
        assertThat(AlertRules.interventionStagnation(Courses.TRIVSEL, running, course, START.plusMonths(7).minusDays(1)))
                .isEmpty();
        assertThat(AlertRules.interventionStagnation(Courses.TRIVSEL, running, List.of(series(5, 5, 6, 7, 7, 7, 7, 7)),
                START.plusMonths(8))).as("baseline 5 at the start, now 7").isEmpty();
    }

    @Test
    void silenceCountsFromTheNewestMeasurementOrTheInterventionsStart() {
        Period cadence = Period.ofMonths(3);
        LocalDate last = LocalDate.of(2026, 1, 15);
        assertThat(AlertRules.silence(last, null, cadence, last.plusMonths(3))).isEmpty();
        assertThat(AlertRules.silence(last, null, cadence, last.plusMonths(3).plusDays(1))).get()
                .extracting(AlertFinding::title).isEqualTo("Ingen målinger i over 3 måneder");
        assertThat(AlertRules.silence(null, last, cadence, last.plusMonths(4))).get()
                .extracting(AlertFinding::detail).asString().startsWith("Der er ikke målt, siden indsatsen startede");
        assertThat(AlertRules.silence(null, null, cadence, last)).isEmpty();
    }
}
