package dk.spor.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditQuery;
import dk.spor.shared.Cpr;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The log filters exactly as typed, so a page with an error shows the input unchanged. {@link #parse} turns them into
 * a query, or into Danish messages per field.
 */
record AuditLogFilter(@BindParam("bruger") String username, @BindParam("handling") String action,
        @BindParam("cpr") String cpr, @BindParam("fra") String from, @BindParam("til") String to) {

    record Parsed(AuditQuery query, Map<String, String> errors) {
        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** {@code childByCpr} finds the child id of a CPR number. Field keys in the errors are the input ids. */
    Parsed parse(Function<Cpr, Optional<Long>> childByCpr) {
        Map<String, String> errors = new LinkedHashMap<>();
        AuditAction parsedAction = blank(action) ? null : Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equals(action)).findFirst().orElse(null);
        if (!blank(action) && parsedAction == null) {
            errors.put("handling", "Vælg en handling fra listen.");
        }
        Long childId = null;
        if (!blank(cpr)) {
            Optional<Cpr> parsedCpr = Cpr.parse(cpr);
            if (parsedCpr.isEmpty()) {
                errors.put("cpr", "Skriv et gyldigt CPR-nummer med 10 cifre, fx 010203-1234.");
            } else {
                childId = childByCpr.apply(parsedCpr.get()).orElse(null);
                if (childId == null) {
                    errors.put("cpr", "Der findes intet barn med dette CPR-nummer i Spor.");
                }
            }
        }
        LocalDate fromDate = date(from, "fra", "Fra-datoen", errors);
        LocalDate toDate = date(to, "til", "Til-datoen", errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.put("til", "Til-datoen skal være samme dag som eller efter fra-datoen.");
        }
        String user = blank(username) ? null : username.strip();
        return new Parsed(new AuditQuery(user, parsedAction, childId, fromDate, toDate), errors);
    }

    public boolean isEmpty() {
        return blank(username) && blank(action) && blank(cpr) && blank(from) && blank(to);
    }

    private static LocalDate date(String text, String field, String name, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, name + " skal være en dato, fx 2026-01-31.");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
