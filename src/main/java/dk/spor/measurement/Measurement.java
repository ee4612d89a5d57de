package dk.spor.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dk.spor.shared.Perspective;

/**
 * A recorded measurement: one respondent's scores on one instrument version at one time.
 *
 * @param belowCutoff the total lay below the clinical cut-off for the child's age when it was measured
 */
public record Measurement(long id, long caseId, long childId, String instrumentCode, int instrumentVersion,
        String instrumentName, Long goalId, Perspective perspective, String respondentName, Instant measuredAt,
        BigDecimal total, List<BigDecimal> scores, String reason, String stepUp, String stepDown,
        MeasurementChannel channel, Long meetingId, Long roundId, String recordedByName, boolean belowCutoff) {

    public Measurement {
        scores = List.copyOf(scores);
    }

    /** The total the Danish way, e.g. "31,5". */
    public String totalText() {
        return ScoreValues.format(total);
    }
}
