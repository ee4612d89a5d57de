package dk.spor.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user typed in a case list's search field: a name prefix, or (part of) a CPR number.
 * Digits are taken as a CPR prefix, so "0102" finds children born on 1 February.
 */
public record CaseQuery(String text) {

    public Optional<String> cprPrefix() {
        String compact = normalized().replace("-", "").replace(" ", "");
        return !compact.isEmpty() && compact.chars().allMatch(Character::isDigit) && compact.length() <= 10
                ? Optional.of(compact) : Optional.empty();
    }

    /** Name words, lower case: one word matches a first or last name; two or more match first and last name. */
    public List<String> nameWords() {
        String value = normalized();
        return value.isEmpty() || cprPrefix().isPresent() ? List.of()
                : List.of(value.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    public boolean isEmpty() {
        return normalized().isEmpty();
    }

    private String normalized() {
        return text == null ? "" : text.strip();
    }
}
