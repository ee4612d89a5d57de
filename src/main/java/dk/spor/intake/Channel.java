package dk.spor.intake;

/** How the report reached the municipality. */
public enum Channel {
    DIGITAL_FORM("Digital underretningsblanket"),
    SECURE_EMAIL("Sikker e-mail"),
    PHONE("Telefon"),
    LETTER("Brev"),
    IN_PERSON("Personligt fremmøde"),
    MEETING("Dialogbaseret underretning på møde");

    private final String danishLabel;

    Channel(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
