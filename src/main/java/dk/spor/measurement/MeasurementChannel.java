package dk.spor.measurement;

/** How a measurement reached the case. */
public enum MeasurementChannel {
    SCREEN("Rådgiverens skærm eller tablet"),
    MEETING("Målerunde på et møde"),
    LINK("Engangslink"),
    PROVIDER("Udfører");

    private final String label;

    MeasurementChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
