package dk.spor.followup;

/**
 * Where a piece of new information came from. Every source lands in the same inbox and needs the same assessment;
 * {@code sourceId} names the record in the source's own module.
 */
public enum NewInformationSource {
    CONTACT("Kontakt"),
    NETWORK_REPORT("Melding fra netværket"),
    PROVIDER_REPORT("Statusrapport fra udfører"),
    CONCERN_REPORT("Underretning på åben sag"),
    MEASUREMENT("Måling"),
    PROGRESSION_ALERT("Advarsel om progression");

    private final String label;

    NewInformationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
