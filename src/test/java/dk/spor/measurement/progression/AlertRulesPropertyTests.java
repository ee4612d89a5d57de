package dk.spor.measurement.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import dk.spor.shared.Perspective;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AlertRulesPropertyTests {

    @Property
    void aCourseThatNeverFallsHasNoDrop(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 2) Integer> steps) {
        double[] totals = new double[steps.size()];
        double score = 0;
        for (int i = 0; i < totals.length; i++) {
            score = Math.min(10, score + steps.get(i));
            totals[i] = score;
        }
        assertThat(AlertRules.drop(Courses.TRIVSEL, Courses.child(), Courses.series(totals))).isEmpty();
    }

    @Property
    void aCourseEndingInAReliableFallAlwaysHasADrop(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 2, max = 10) Integer> scores,
            @ForAll @IntRange(min = 2, max = 10) int fall) {
        double[] totals = scores.stream().mapToDouble(Integer::doubleValue).toArray();
        double last = totals[totals.length - 1];
        totals = Arrays.copyOf(totals, totals.length + 1);
        totals[totals.length - 1] = Math.max(0, last - Math.min(fall, last));
        assertThat(AlertRules.drop(Courses.TRIVSEL, Courses.child(), Courses.series(totals))).isPresent();
    }

    @Property
    void previousVersusNewestChangeIsTheNewestMinusThePrevious(@ForAll @IntRange(min = 0, max = 40) int previous,
            @ForAll @IntRange(min = 0, max = 40) int newest) {
        PreviousNewest comparison = PreviousNewest.of("Barnet", Courses.series("ORS", Perspective.CHILD, null,
                previous, newest), List.of(), java.util.Map.of());
        assertThat(comparison.total().change().intValue()).isEqualTo(newest - previous);
        assertThat(comparison.total().changeText()).isEqualTo(newest > previous ? "+" + (newest - previous)
                : newest < previous ? "−" + (previous - newest) : "0");
    }
}
