package dk.spor.shared;

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
}
