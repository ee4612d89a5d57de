package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the progression chart draws, serialised for the page's script and the JSON API: one line per participant on
 * one instrument, the colour bands and cut-off, and dated markers (goals, interventions, meetings) on the time axis.
 */
public record ChartData(String instrumentCode, String instrumentName, BigDecimal min, BigDecimal max, BigDecimal cutoff,
        List<Band> bands, List<Line> lines, List<Marker> markers) {

    public record Band(BigDecimal from, BigDecimal to, String colour, String label) {
    }

    public record Line(String label, String perspective, List<Point> points) {
    }

    public record Point(LocalDate date, BigDecimal score) {
    }

    /**
     * A date, or a period when {@code end} is set, marked on the time axis.
     *
     * @param kind GOAL_SET, GOAL_REVIEW, INTERVENTION or MEETING
     */
    public record Marker(LocalDate date, LocalDate end, String kind, String label) {
    }

    /** Where a score lies between the instrument's minimum and maximum, 0–100: a bar's length in the PDF. */
    public int percentOf(BigDecimal score) {
        BigDecimal range = max.subtract(min);
        if (range.signum() <= 0) {
            return 0;
        }
        return score.subtract(min).multiply(BigDecimal.valueOf(100)).divide(range, 0, java.math.RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
    }

    /** A score written the Danish way, e.g. "32,5", for the page's and the PDF's texts. */
    public String text(BigDecimal score) {
        return score == null ? "" : Scores.format(score);
    }

    public int pointCount() {
        return lines.stream().mapToInt(line -> line.points().size()).sum();
    }
}
