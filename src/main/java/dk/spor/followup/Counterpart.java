package dk.spor.followup;

/** Whom the contact was with, seen from the child. */
public enum Counterpart {
    CHILD("Barnet"),
    FAMILY("Familien"),
    NETWORK("Netværket"),
    SCHOOL("Skole eller dagtilbud"),
    PROVIDER("Udfører"),
    OTHER("Andre");

    private final String label;

    Counterpart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
