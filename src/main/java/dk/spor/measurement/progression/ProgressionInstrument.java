package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An instrument as the progression view needs it: the range of its total, items, colour bands and cut-offs by age,
 * and the reliable change that makes a fall an alert.
 */
public record ProgressionInstrument(String code, int version, String name, String shortName, boolean perGoal,
        boolean alliance, BigDecimal reliableChange, BigDecimal minTotal, BigDecimal maxTotal, List<Item> items,
        List<Band> bands, List<Cutoff> cutoffs) {

    public record Item(int position, String label) {
    }

    /** A colour band on the total: RED, YELLOW or GREEN. */
    public record Band(BigDecimal lower, BigDecimal upper, String colour, String label) {
    }

    public record Cutoff(int minAge, int maxAge, BigDecimal value) {
    }

    /** The clinical cut-off for a child of this age, if the instrument has one. */
    public Optional<BigDecimal> cutoffAt(int age) {
        return cutoffs.stream().filter(c -> age >= c.minAge() && age <= c.maxAge()).map(Cutoff::value).findFirst();
    }

    /** Outcome instruments measure the child's wellbeing over time (Trivselslinealen, ORS): not per goal, not alliance. */
    public boolean measuresOutcome() {
        return !perGoal && !alliance;
    }
}
