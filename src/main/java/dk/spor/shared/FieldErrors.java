package dk.spor.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Danish validation messages per form field, collected by the domain so a form can be shown again with every
 * problem at once and nothing the user typed lost.
 */
public final class FieldErrors {

    /** The longest free text a field takes; longer input is refused with a message, never truncated silently. */
    public static final int MAX_TEXT = 10_000;
    /** The longest one-line field (names, organisations, contact details). */
    public static final int MAX_LINE = 200;

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FieldErrors reject(String field, String danishMessage) {
        messages.putIfAbsent(field, danishMessage);
        return this;
    }

    public FieldErrors required(String field, Object value, String danishMessage) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            reject(field, danishMessage);
        }
        return this;
    }

    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "Teksten er for lang: " + value.length() + " tegn. Der er plads til højst " + max + " tegn.");
        }
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(messages);
    }

    /** Throws {@link ValidationFailed} if any field was rejected. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationFailed(this);
        }
    }

    /** Optional free text of at most {@link #MAX_TEXT} characters. */
    public FieldErrors text(String field, String value) {
        return maxLength(field, value, MAX_TEXT);
    }

    /** Required free text of at most {@link #MAX_TEXT} characters. */
    public FieldErrors requiredText(String field, String value, String danishMessage) {
        return required(field, value, danishMessage).text(field, value);
    }

    /** Required one-line text of at most {@link #MAX_LINE} characters. */
    public FieldErrors requiredLine(String field, String value, String danishMessage) {
        return required(field, value, danishMessage).maxLength(field, value, MAX_LINE);
    }

    /** Free text required only when {@code condition} holds, e.g. a reason once a box is ticked. */
    public FieldErrors requiredTextWhen(boolean condition, String field, String value, String danishMessage) {
        return condition ? requiredText(field, value, danishMessage) : text(field, value);
    }

    /** One of two texts is required, e.g. the child's view or why it could not be obtained. */
    public FieldErrors eitherText(String field, String value, String alternativeField, String alternative,
            String danishMessage) {
        if (isBlank(value) && isBlank(alternative)) {
            reject(field, danishMessage);
        }
        return text(field, value).text(alternativeField, alternative);
    }

    /** A date as typed (åååå-mm-dd); blank is null, and what cannot be read is rejected with a Danish message. */
    public LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            reject(field, "Datoen skal skrives som åååå-mm-dd, fx 2026-11-26.");
            return null;
        }
    }

    /** A date that records something that has happened may not lie after today. */
    public FieldErrors notInFuture(String field, LocalDate date, LocalDate today, String danishMessage) {
        return notAfter(field, date, today, danishMessage);
    }

    public FieldErrors notAfter(String field, LocalDate date, LocalDate latest, String danishMessage) {
        if (date != null && latest != null && date.isAfter(latest)) {
            reject(field, danishMessage);
        }
        return this;
    }

    public FieldErrors notBefore(String field, LocalDate date, LocalDate earliest, String danishMessage) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            reject(field, danishMessage);
        }
        return this;
    }

    public FieldErrors after(String field, LocalDate date, LocalDate limit, String danishMessage) {
        if (date != null && !date.isAfter(limit)) {
            reject(field, danishMessage);
        }
        return this;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
