package dk.spor.intervention;

import java.time.LocalDate;

/** The unit of a follow-up interval. */
public enum CadenceUnit {
    WEEKS("uge", "uger"),
    MONTHS("måned", "måneder");

    private final String singular;
    private final String plural;

    CadenceUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public LocalDate plus(LocalDate date, int amount) {
        return this == WEEKS ? date.plusWeeks(amount) : date.plusMonths(amount);
    }

    /** "hver 6. uge", "hver måned". */
    public String every(int amount) {
        return amount == 1 ? "hver " + singular : "hver " + amount + ". " + singular;
    }

    public String label() {
        return plural;
    }
}
