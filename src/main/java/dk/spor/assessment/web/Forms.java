package dk.spor.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/**
 * Reads posted form text into the domain's types. Forms keep every value as the text that was typed, so a value
 * that does not parse is shown back to the user, never lost: a malformed date gets a Danish message, an unknown
 * choice counts as no choice (the domain then asks for one), an unticked checkbox is not sent at all, and a
 * version that does not parse matches no saved version.
 */
final class Forms {

    static final int NO_VERSION = -1;

    private Forms() {
    }

    static boolean ticked(String checkbox) {
        return "true".equals(checkbox);
    }

    static int version(String posted) {
        try {
            return posted == null ? NO_VERSION : Integer.parseInt(posted.strip());
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String posted) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, posted.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Yes/no radio buttons: null until one is chosen. */
    static Boolean yesNo(String posted) {
        return "true".equals(posted) ? Boolean.TRUE : "false".equals(posted) ? Boolean.FALSE : null;
    }

    /** A date as a date input sends it (ISO, e.g. 2026-11-26); a malformed one is rejected on the field. */
    static LocalDate date(String field, String posted, BindingResult binding) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(posted.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "assessment.date", "Skriv en gyldig dato, fx 2026-11-26.");
            return null;
        }
    }
}
