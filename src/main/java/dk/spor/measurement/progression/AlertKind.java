package dk.spor.measurement.progression;

/** What a progression alert is about (seed 001 §8 E; instruments.md "Alerts that are defensible"). */
public enum AlertKind {
    DROP("Fald", "Scoren er igen inden for den pålidelige ændring af niveauet før faldet."),
    STAGNATION("Ingen fremgang", "Der er målt fremgang, eller målet eller indsatsen er ændret."),
    SILENCE("Ingen målinger", "Der er målt igen, eller forløbet følges ikke længere op."),
    ALLIANCE("Svag alliance", "Alliancen er igen på eller over grænsen uden fald.");

    private final String label;
    private final String resolution;

    AlertKind(String label, String resolution) {
        this.label = label;
        this.resolution = resolution;
    }

    /** Why an alert of this kind no longer stands, noted when it is resolved. */
    public String resolution() {
        return resolution;
    }

    public String label() {
        return label;
    }
}
