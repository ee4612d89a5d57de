package dk.spor.portal;

import dk.spor.measurement.Instrument;
import dk.spor.shared.Perspective;

/**
 * What the answer page shows: first names only (never a CPR number or a surname), the instrument version the
 * respondent answers, and the goal if the instrument scores one.
 */
public record LinkQuestion(String childFirstName, String respondentFirstName, Perspective perspective,
        Instrument instrument, String goalTitle) {

    public boolean childAnswers() {
        return perspective == Perspective.CHILD;
    }
}
