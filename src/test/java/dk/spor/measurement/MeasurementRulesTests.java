package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class MeasurementRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<Instrument> FIT_ORS = List.of(ShippedInstruments.ors(), ShippedInstruments.cors());

    @Test
    void anElevenYearOldAnsweringOrsIsGivenCorsAndTheTotalIsItsSum() {
        var checked = MeasurementRules.check(measurement("ORS", Perspective.CHILD, null, "8", "7,5", "6", "9"),
                context(FIT_ORS, 11, Set.of(), false));

        assertThat(checked.errors().isEmpty()).isTrue();
        assertThat(checked.instrument().code()).isEqualTo("CORS");
        assertThat(checked.total()).isEqualByComparingTo("30.5");
    }

    @Test
    void everyWrongScoreGetsItsOwnMessageAndNothingIsTotalled() {
        var checked = MeasurementRules.check(measurement("ORS", Perspective.PARENT, null, "11", "7,55", "", "ok"),
                context(FIT_ORS, 15, Set.of(), false));

        assertThat(checked.errors().asMap()).containsOnlyKeys("scores[0]", "scores[1]", "scores[2]", "scores[3]");
        assertThat(checked.total()).isNull();
    }

    @Test
    void aYoungChildCannotAnswerFitAndIsToldWhichAgesCan() {
        var checked = MeasurementRules.check(measurement("ORS", Perspective.CHILD, null, "5", "5", "5", "5"),
                context(FIT_ORS, 4, Set.of(), false));

        assertThat(checked.errors().asMap().get("perspective"))
                .isEqualTo("Barnet er 4 år. Barnet kan selv svare på ORS (fra 13 år) og CORS (6–12 år).");
    }

    @Test
    void aPerspectiveTheInstrumentDoesNotAllowIsRefused() {
        var checked = MeasurementRules.check(measurement("ORS", Perspective.SCHOOL, null, "5", "5", "5", "5"),
                context(FIT_ORS, 15, Set.of(), false));

        assertThat(checked.errors().asMap().get("perspective")).startsWith("ORS (FIT) kan ikke besvares af skole");
    }

    @Test
    void fitIsRefusedWhileTheCaseIsExempted() {
        var checked = MeasurementRules.check(measurement("ORS", Perspective.PARENT, null, "5", "5", "5", "5"),
                context(FIT_ORS, 15, Set.of(), true));

        assertThat(checked.errors().asMap()).containsKey("instrumentCode");
    }

    @Test
    void aPerGoalInstrumentNeedsAnActiveGoal() {
        List<Instrument> goal = List.of(ShippedInstruments.goalAttainment());
        assertThat(MeasurementRules.check(measurement("GOAL_ATTAINMENT", Perspective.CASEWORKER, null, "5"),
                context(goal, 9, Set.of(), false)).errors().asMap().get("goalId")).contains("ingen aktive mål");
        assertThat(MeasurementRules.check(measurement("GOAL_ATTAINMENT", Perspective.CASEWORKER, 99L, "5"),
                context(goal, 9, Set.of(7L), false)).errors().asMap().get("goalId")).contains("ikke aktivt");
        assertThat(MeasurementRules.check(measurement("GOAL_ATTAINMENT", Perspective.CASEWORKER, 7L, "5"),
                context(goal, 9, Set.of(7L), false)).errors().isEmpty()).isTrue();
    }

    @Test
    void trivselslinealenAsksAdultsWhyButLetsTheChildSkipIt() {
        List<Instrument> ruler = List.of(ShippedInstruments.trivselslinealen());
        var parent = new NewMeasurement("TRIVSELSLINEAL", null, Perspective.PARENT, "Mor", null, null, List.of("6"),
                " ", null, null);
        var child = new NewMeasurement("TRIVSELSLINEAL", null, Perspective.CHILD, "Ida", null, null, List.of("6"),
                null, null, null);

        assertThat(MeasurementRules.check(parent, context(ruler, 9, Set.of(), false)).errors().asMap())
                .containsOnlyKeys("reason");
        assertThat(MeasurementRules.check(child, context(ruler, 9, Set.of(), false)).errors().isEmpty()).isTrue();
    }

    @Test
    void aMeasurementCannotBeDatedInTheFuture() {
        var future = new NewMeasurement("TRIVSELSLINEAL", null, Perspective.CHILD, "Ida", null, TODAY.plusDays(1),
                List.of("6"), null, null, null);
        assertThat(MeasurementRules.check(future, context(List.of(ShippedInstruments.trivselslinealen()), 9, Set.of(),
                false)).errors().asMap()).containsOnlyKeys("measuredOn");
    }

    private static NewMeasurement measurement(String code, Perspective perspective, Long goalId, String... scores) {
        return new NewMeasurement(code, goalId, perspective, "Respondent", null, null, List.of(scores), "Fordi", null,
                null);
    }

    private static MeasurementRules.Context context(List<Instrument> family, int age, Set<Long> goals, boolean fitExempt) {
        return new MeasurementRules.Context(family, age, goals, fitExempt, TODAY);
    }
}
