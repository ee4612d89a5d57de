package dk.spor.measurement;

/** The colour of a band on an instrument's ruler, from worrying to good. */
public enum BandColour {
    RED("Rød"), YELLOW("Gul"), GREEN("Grøn");

    private final String label;

    BandColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
