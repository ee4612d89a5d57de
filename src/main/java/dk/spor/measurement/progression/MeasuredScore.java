package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.Perspective;

/** One measurement's total as the progression view and the alert rules read it. */
public record MeasuredScore(long id, long caseId, String instrumentCode, Long goalId, Perspective perspective,
        String respondentName, Instant measuredAt, BigDecimal total, String reason, String stepUp, String stepDown) {

    /** The day it was measured, in Danish time. */
    public LocalDate measuredOn() {
        return measuredAt.atZone(ClockConfiguration.DANISH_TIME).toLocalDate();
    }

    public Respondent respondent() {
        return new Respondent(perspective, respondentName, goalId);
    }
}
