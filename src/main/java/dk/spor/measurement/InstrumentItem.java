package dk.spor.measurement;

import java.math.BigDecimal;

/**
 * One line or question of an instrument with its scale: from {@code min} to {@code max} in steps of {@code step}
 * (0.1 for the FIT lines, 1 for Trivselslinealen), the labels at either end, and whether a higher score is better.
 */
public record InstrumentItem(int position, String label, BigDecimal min, BigDecimal max, BigDecimal step,
        boolean higherIsBetter, String lowLabel, String highLabel) {

    /** The result of checking one typed score against this item's scale. */
    public sealed interface Check permits Valid, Invalid {
    }

    public record Valid(BigDecimal score) implements Check {
    }

    public record Invalid(String danishMessage) implements Check {
    }

    /** Parses and checks a typed score: present, a number, within the scale, and on one of its steps. */
    public Check check(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Invalid("Giv en score for «" + label + "».");
        }
        var parsed = ScoreValues.parse(raw);
        if (parsed.isEmpty()) {
            return new Invalid("«" + raw.strip() + "» er ikke et tal. " + rangeHint());
        }
        BigDecimal value = parsed.get();
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return new Invalid("«" + label + "» går fra " + ScoreValues.format(min) + " til "
                    + ScoreValues.format(max) + ". " + rangeHint());
        }
        if (value.subtract(min).remainder(step).signum() != 0) {
            return new Invalid("«" + label + "» tager " + stepDescription() + ". " + rangeHint());
        }
        return new Valid(value);
    }

    /** "Skriv et helt tal fra 0 til 10." or "Skriv et tal fra 0 til 10 med højst én decimal, fx 7,3." */
    public String rangeHint() {
        String range = "fra " + ScoreValues.format(min) + " til " + ScoreValues.format(max);
        if (isWholeSteps()) {
            return "Skriv et helt tal " + range + ".";
        }
        return "Skriv et tal " + range + " i trin af " + ScoreValues.format(step) + ", fx "
                + ScoreValues.format(example()) + ".";
    }

    /** "0 (Dårligt) til 10 (Godt). Skriv et tal fra 0 til 10 i trin af 0,1, fx 5,1." */
    public String scaleHint() {
        return end(min, lowLabel) + " til " + end(max, highLabel) + ". " + rangeHint();
    }

    private static String end(BigDecimal value, String label) {
        return ScoreValues.format(value) + (label == null || label.isBlank() ? "" : " (" + label + ")");
    }

    public boolean isWholeSteps() {
        return step.compareTo(BigDecimal.ONE) == 0 && min.stripTrailingZeros().scale() <= 0;
    }

    /** The middle of the scale rounded down to a step: where a slider starts. */
    public BigDecimal middle() {
        BigDecimal steps = max.subtract(min).divide(step, 0, java.math.RoundingMode.DOWN);
        return min.add(step.multiply(new BigDecimal(steps.longValue() / 2)));
    }

    private String stepDescription() {
        return isWholeSteps() ? "hele tal" : "tal i trin af " + ScoreValues.format(step);
    }

    private BigDecimal example() {
        BigDecimal candidate = min.add(max).divide(BigDecimal.valueOf(2)).add(step);
        return candidate.compareTo(max) > 0 ? max : candidate.subtract(candidate.subtract(min).remainder(step));
    }
}
