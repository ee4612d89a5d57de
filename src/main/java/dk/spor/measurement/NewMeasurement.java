package dk.spor.measurement;

import java.time.LocalDate;
import java.util.List;

import dk.spor.shared.Perspective;

/**
 * A measurement as the respondent or the person recording it fills it in. Scores are kept as typed, one per item in
 * item order, so a refused form shows exactly what was written.
 *
 * @param goalId the goal scored, for instruments scored per goal (Signs of Safety scale, goal attainment)
 * @param respondentPersonId the registered parent or network person answering, if known
 * @param measuredOn the day of the measurement, or null for now
 */
public record NewMeasurement(String instrumentCode, Long goalId, Perspective perspective, String respondentName,
        Long respondentPersonId, LocalDate measuredOn, List<String> scores, String reason, String stepUp,
        String stepDown) {

    public NewMeasurement {
        scores = scores == null ? List.of() : List.copyOf(scores.stream().map(s -> s == null ? "" : s).toList());
    }
}
