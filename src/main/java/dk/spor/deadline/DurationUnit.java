package dk.spor.deadline;

/** The units a deadline rule counts in; the Danish forms are what the UI shows ("1 måned", "6 hverdage"). */
public enum DurationUnit {
    HOURS("time", "timer"),
    WORKING_DAYS("hverdag", "hverdage"),
    DAYS("dag", "dage"),
    WEEKS("uge", "uger"),
    MONTHS("måned", "måneder");

    private final String danishSingular;
    private final String danishPlural;

    DurationUnit(String danishSingular, String danishPlural) {
        this.danishSingular = danishSingular;
        this.danishPlural = danishPlural;
    }

    public String danish(int amount) {
        return amount + " " + (amount == 1 ? danishSingular : danishPlural);
    }

    /** The plural form, for choosing a unit in a form. */
    public String danishLabel() {
        return danishPlural;
    }
}
