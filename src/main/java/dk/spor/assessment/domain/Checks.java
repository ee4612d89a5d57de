package dk.spor.assessment.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Collects Danish messages per form field, so a form is shown again with every problem at once and nothing the
 * user typed is lost. The first message for a field wins.
 */
public final class Checks {

    /** The longest free text a field takes; longer input gets a message, it is never cut silently. */
    public static final int MAX_TEXT = 10_000;
    /** The longest one-line field (names, recipients). */
    public static final int MAX_LINE = 300;

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final Map<String, String> problems = new LinkedHashMap<>();

    public Checks reject(String field, String danishMessage) {
        problems.putIfAbsent(field, danishMessage);
        return this;
    }

    public Checks required(String field, Object value, String danishMessage) {
        if (isBlank(value)) {
            reject(field, danishMessage);
        }
        return this;
    }

    /** Required free text of at most {@link #MAX_TEXT} characters. */
    public Checks requiredText(String field, String value, String danishMessage) {
        return required(field, value, danishMessage).text(field, value);
    }

    /** Optional free text of at most {@link #MAX_TEXT} characters. */
    public Checks text(String field, String value) {
        return maxLength(field, value, MAX_TEXT);
    }

    /** Required one-line text of at most {@link #MAX_LINE} characters. */
    public Checks requiredLine(String field, String value, String danishMessage) {
        return required(field, value, danishMessage).maxLength(field, value, MAX_LINE);
    }

    /** Text required only when {@code condition} holds, e.g. a reason once a box is ticked. */
    public Checks requiredTextWhen(boolean condition, String field, String value, String danishMessage) {
        return condition ? requiredText(field, value, danishMessage) : text(field, value);
    }

    /** One of two texts is required: the child's view, or why it could not be obtained. Both are checked for length. */
    public Checks eitherText(String field, String value, String alternativeField, String alternative,
            String danishMessage) {
        if (isBlank(value) && isBlank(alternative)) {
            reject(field, danishMessage);
        }
        return text(field, value).text(alternativeField, alternative);
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, String.format(DANISH, "Teksten er for lang: %,d tegn. Der er plads til højst %,d tegn.",
                    value.length(), max));
        }
        return this;
    }

    /** A date that records something that has happened may not lie after today. */
    public Checks notInFuture(String field, LocalDate date, LocalDate today, String danishMessage) {
        return notAfter(field, date, today, danishMessage);
    }

    public Checks notBefore(String field, LocalDate date, LocalDate earliest, String danishMessage) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            reject(field, danishMessage);
        }
        return this;
    }

    public Checks notAfter(String field, LocalDate date, LocalDate latest, String danishMessage) {
        if (date != null && latest != null && date.isAfter(latest)) {
            reject(field, danishMessage);
        }
        return this;
    }

    public Checks after(String field, LocalDate date, LocalDate limit, String danishMessage) {
        if (date != null && !date.isAfter(limit)) {
            reject(field, danishMessage);
        }
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** Throws {@link InvalidInput} with the collected messages, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    public static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
