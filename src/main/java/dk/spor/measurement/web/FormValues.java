package dk.spor.measurement.web;

import dk.spor.shared.Perspective;

/** Reading the measurement forms' typed text: what is not a valid choice counts as no choice, and the domain says so. */
final class FormValues {

    private FormValues() {
    }

    static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Perspective perspective(String text) {
        try {
            return text == null || text.isBlank() ? null : Perspective.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
