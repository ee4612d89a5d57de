package dk.spor.measurement.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class PreviousNewestTests {

    private static final List<ProgressionInstrument.Item> ITEMS = List.of(new ProgressionInstrument.Item(1, "Personligt"),
            new ProgressionInstrument.Item(2, "Nære relationer"));

    @Test
    void comparesTheLastTwoMeasurementsPerItemAndInTotal() {
        List<MeasuredScore> course = Courses.series("ORS", Perspective.CHILD, null, 10, 12, 15);
        Map<Long, Map<Integer, BigDecimal>> scores = Map.of(
                course.get(1).id(), Map.of(1, new BigDecimal("6"), 2, new BigDecimal("6")),
                course.get(2).id(), Map.of(1, new BigDecimal("8.5"), 2, new BigDecimal("6.5")));

        PreviousNewest comparison = PreviousNewest.of("Barnet (Emma)", course, ITEMS, scores);

        assertThat(comparison.previousAt()).isEqualTo(course.get(1).measuredAt());
        assertThat(comparison.items()).extracting(PreviousNewest.ItemChange::changeText).containsExactly("+2,5", "+0,5");
        assertThat(comparison.total().changeText()).isEqualTo("+3");
    }

    @Test
    void aFirstMeasurementHasNoPreviousAndNoChange() {
        PreviousNewest comparison = PreviousNewest.of("Barnet", Courses.series(6), List.of(), Map.of());
        assertThat(comparison.previousAt()).isNull();
        assertThat(comparison.total().change()).isNull();
        assertThat(comparison.total().changeText()).isEmpty();
    }
}
