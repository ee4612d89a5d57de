package dk.spor.measurement;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Scores as people type them: Danish decimal comma or point ("7,5", "7.5"), a typographic minus ("−2") and stray
 * spaces are all understood; anything else is not a number. Scores are shown the Danish way, without trailing zeros.
 */
public final class ScoreValues {

    /** Longer input than this is never a score; refusing it early keeps parsing cheap. */
    private static final int MAX_LENGTH = 12;

    private ScoreValues() {
    }

    public static Optional<BigDecimal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip().replace(',', '.').replace('\u2212', '-').replace(" ", "");
        if (text.isEmpty() || text.length() > MAX_LENGTH || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    /** "7,5", "10", "−2" → "-2": the form a Danish user reads and can type back in. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    /** The change from one total to the next: "+2", "−1,5" (typographic minus), "0"; empty if either is missing. */
    public static String change(BigDecimal from, BigDecimal to) {
        if (from == null || to == null) {
            return "";
        }
        BigDecimal change = to.subtract(from);
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "\u2212" : "") + format(change.abs());
    }
}
