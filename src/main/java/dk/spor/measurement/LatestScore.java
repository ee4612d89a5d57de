package dk.spor.measurement;

import java.math.BigDecimal;
import java.time.Instant;

import dk.spor.shared.Perspective;

/**
 * A respondent's newest total on an instrument family (per goal, for goal instruments), with the one before it:
 * what the child's page shows at the start of a meeting.
 */
public record LatestScore(String familyCode, String instrumentName, String goalTitle, Perspective perspective,
        String respondentName, long measurementId, Instant measuredAt, BigDecimal total, BigDecimal previousTotal,
        BandColour band, String bandLabel, boolean belowCutoff) {

    public String totalText() {
        return ScoreValues.format(total);
    }

    /** "+2", "−1,5", "0", or empty without an earlier measurement. */
    public String changeText() {
        return ScoreValues.change(previousTotal, total);
    }
}
