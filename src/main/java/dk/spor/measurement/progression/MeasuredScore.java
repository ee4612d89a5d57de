package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.Instant;

import dk.spor.shared.Perspective;

/** One measurement's total as the progression view and the alert rules read it. */
public record MeasuredScore(long id, long caseId, String instrumentCode, Long goalId, Perspective perspective,
        String respondentName, Instant measuredAt, BigDecimal total, String reason, String stepUp, String stepDown) {

    public Respondent respondent() {
        return new Respondent(perspective, respondentName, goalId);
    }
}
