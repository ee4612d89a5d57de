package dk.spor.statusreport;

/** The provider's recommendation on the intervention, which the caseworker assesses at the follow-up. */
public enum Recommendation {
    CONTINUE("Indsatsen fortsætter som nu"),
    ADJUST("Indsatsen justeres"),
    END("Indsatsen afsluttes");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
