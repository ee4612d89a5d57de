package dk.spor.measurement.progression;

import dk.spor.shared.Perspective;

/**
 * One participant's line on the chart: who answered, from which perspective, and for per-goal instruments which
 * goal. Each participant scores on their own, so progression is compared within a respondent.
 */
public record Respondent(Perspective perspective, String name, Long goalId) {

    /** The alert subject for this respondent, stable across evaluations. */
    public String key() {
        return "respondent:" + perspective.name() + ":" + name + (goalId == null ? "" : ":goal:" + goalId);
    }

    public String label() {
        return perspective.label() + " (" + name + ")";
    }
}
