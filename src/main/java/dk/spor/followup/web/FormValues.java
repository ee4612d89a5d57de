package dk.spor.followup.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;

/** Turns typed form values into domain values, with a Danish message by the field when one cannot be read. */
final class FormValues {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private FormValues() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long id(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "Vælg en af mulighederne.");
            return null;
        }
    }

    /** A {@code datetime-local} value, read as Danish time. */
    static Instant dateTime(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ClockConfiguration.DANISH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            errors.reject(field, "Skriv dato og klokkeslæt, fx 2026-11-26 kl. 14:30.");
            return null;
        }
    }

    /** The value a {@code datetime-local} field shows for an instant, to the minute. */
    static String dateTimeValue(Instant instant) {
        return LOCAL.format(instant.truncatedTo(ChronoUnit.MINUTES).atZone(ClockConfiguration.DANISH_TIME));
    }

    static int version(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
