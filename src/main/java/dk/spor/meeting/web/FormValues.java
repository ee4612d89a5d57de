package dk.spor.meeting.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import dk.spor.shared.FieldErrors;

/** Parses what a form posted as text, with a Danish message on the field when it cannot be read. */
final class FormValues {

    private FormValues() {
    }

    static LocalTime time(String field, String value, FieldErrors errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "Klokkeslættet skal skrives som tt:mm, fx 09:30.");
            return null;
        }
    }

    static Integer number(String field, String value, FieldErrors errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "Skriv et helt antal minutter, fx 30.");
            return null;
        }
    }

    static int version(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
