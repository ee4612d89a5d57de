package dk.spor.assessment.domain;

import dk.spor.shared.FieldErrors;

/** The foreløbig vurdering written when a BFU is not, or will not be, finished within 4 months. */
public record PreliminaryAssessment(String text, boolean deadlineWillBeMissed) {

    public PreliminaryAssessment {
        text = Text.orNull(text);
    }

    public void validate() {
        new FieldErrors().requiredText("text", text, "Skriv den foreløbige vurdering.").throwIfAny();
    }
}
