package dk.spor.deadline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dk.spor.deadline.DeadlineDuration;
import dk.spor.deadline.DeadlineRule;
import dk.spor.deadline.DurationUnit;
import dk.spor.deadline.rules.RuleChange;

/**
 * The administrator's change to a rule, exactly as typed, so a form with errors shows what was typed.
 * {@code basedOnVersion} is the version the administrator started from (optimistic locking).
 */
record RuleForm(String nameDa, String durationAmount, String durationUnit, String validFrom, String validTo,
        Integer basedOnVersion) {

    static final int MAX_NAME_LENGTH = 200;
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter DANISH_DATE_INPUT = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    static RuleForm of(DeadlineRule rule) {
        return new RuleForm(rule.nameDa(), String.valueOf(rule.duration().amount()), rule.duration().unit().name(),
                DANISH_DATE.format(rule.validFrom()), rule.validTo() == null ? "" : DANISH_DATE.format(rule.validTo()),
                rule.version());
    }

    RuleForm basedOn(int version) {
        return new RuleForm(nameDa, durationAmount, durationUnit, validFrom, validTo, version);
    }

    /** Field name to a Danish message, in the order the fields appear; empty when the form is valid. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(nameDa)) {
            errors.put("nameDa", "Skriv reglens navn.");
        } else if (nameDa.strip().length() > MAX_NAME_LENGTH) {
            errors.put("nameDa", "Navnet må højst være " + MAX_NAME_LENGTH + " tegn.");
        }
        if (blank(durationAmount)) {
            errors.put("durationAmount", "Skriv fristens længde.");
        } else if (amount().isEmpty()) {
            errors.put("durationAmount", "Fristens længde skal være et helt tal mellem 1 og "
                    + DeadlineDuration.MAX_AMOUNT + ".");
        }
        if (unit().isEmpty()) {
            errors.put("durationUnit", "Vælg en enhed.");
        }
        if (blank(validFrom)) {
            errors.put("validFrom", "Skriv den dato, reglen gælder fra.");
        } else if (date(validFrom).isEmpty()) {
            errors.put("validFrom", "Skriv datoen som dd-mm-åååå, fx 01-07-2026.");
        }
        if (!blank(validTo) && date(validTo).isEmpty()) {
            errors.put("validTo", "Skriv datoen som dd-mm-åååå, fx 31-12-2026.");
        } else if (!errors.containsKey("validFrom") && !blank(validTo)
                && date(validTo).get().isBefore(date(validFrom).get())) {
            errors.put("validTo", "Slutdatoen må ikke ligge før den dato, reglen gælder fra.");
        }
        return errors;
    }

    /** The change; only call when {@link #errors()} is empty. */
    RuleChange toChange() {
        return new RuleChange(nameDa.strip(), new DeadlineDuration(amount().orElseThrow(), unit().orElseThrow()),
                date(validFrom).orElseThrow(), blank(validTo) ? null : date(validTo).orElseThrow());
    }

    private Optional<Integer> amount() {
        try {
            int amount = Integer.parseInt(durationAmount.strip());
            return amount >= 1 && amount <= DeadlineDuration.MAX_AMOUNT ? Optional.of(amount) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<DurationUnit> unit() {
        for (DurationUnit unit : DurationUnit.values()) {
            if (unit.name().equals(durationUnit)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** Danish dd-mm-åååå (also d-m-åååå, with dots or slashes) or ISO åååå-mm-dd. */
    private static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(value.replace('.', '-').replace('/', '-'), DANISH_DATE_INPUT));
            } catch (DateTimeParseException notDanish) {
                return Optional.empty();
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
