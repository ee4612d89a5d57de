package dk.spor.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dk.spor.shared.FieldErrors;

/** Reads typed text into values, with a Danish message for what cannot be read. */
final class Parse {

    private Parse() {
    }

    static LocalDate date(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "Datoen skal skrives som åååå-mm-dd, fx 2026-11-26.");
            return null;
        }
    }

    static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
