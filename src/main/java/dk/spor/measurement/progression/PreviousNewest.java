package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One participant's previous and newest score, per item and in total, with the change and the reasons given: what
 * the next meeting starts from (seed 001 §5.1 step 6: "each participant's previous and newest assessments are
 * compared and the background for the new scores is discussed").
 */
public record PreviousNewest(String respondent, Instant previousAt, Instant newestAt, List<ItemChange> items,
        ItemChange total, String newestReason, String stepUp, String stepDown, String previousReason) {

    /**
     * A score before and now, with the texts the page shows ("6,5", "+2", "−1,5"); {@code previous} and {@code change}
     * are null after the first measurement.
     */
    public record ItemChange(String label, BigDecimal previous, BigDecimal newest, BigDecimal change,
            String previousText, String newestText, String changeText) {

        static ItemChange of(String label, BigDecimal previous, BigDecimal newest) {
            BigDecimal change = previous == null || newest == null ? null : newest.subtract(previous);
            return new ItemChange(label, previous, newest, change, text(previous), text(newest), changeText(change));
        }

        private static String text(BigDecimal score) {
            return score == null ? "" : Scores.format(score);
        }

        private static String changeText(BigDecimal change) {
            if (change == null) {
                return "";
            }
            String text = Scores.format(change.abs());
            return change.signum() > 0 ? "+" + text : change.signum() < 0 ? "−" + text : "0";
        }
    }

    /**
     * Compares the last two measurements of one respondent's series (oldest first); items are compared only when the
     * instrument has more than one.
     */
    static PreviousNewest of(String respondent, List<MeasuredScore> series, List<ProgressionInstrument.Item> items,
            Map<Long, Map<Integer, BigDecimal>> itemScores) {
        MeasuredScore newest = series.get(series.size() - 1);
        MeasuredScore previous = series.size() > 1 ? series.get(series.size() - 2) : null;
        List<ItemChange> perItem = items.size() < 2 ? List.of() : items.stream()
                .map(item -> ItemChange.of(item.label(), score(previous, item, itemScores), score(newest, item, itemScores)))
                .toList();
        return new PreviousNewest(respondent, previous == null ? null : previous.measuredAt(), newest.measuredAt(),
                perItem, ItemChange.of("I alt", previous == null ? null : previous.total(), newest.total()),
                newest.reason(), newest.stepUp(), newest.stepDown(), previous == null ? null : previous.reason());
    }

    private static BigDecimal score(MeasuredScore measurement, ProgressionInstrument.Item item,
            Map<Long, Map<Integer, BigDecimal>> itemScores) {
        return measurement == null ? null : itemScores.getOrDefault(measurement.id(), Map.of()).get(item.position());
    }
}
