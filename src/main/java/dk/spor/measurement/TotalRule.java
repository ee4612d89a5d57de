package dk.spor.measurement;

/** How an instrument's total is formed from its items' scores. */
public enum TotalRule {
    /** The sum of every item (ORS: four lines of 0–10, total 0–40). */
    SUM("Summen af spørgsmålene"),
    /** One item; the total is its score (Trivselslinealen, a scale per goal). */
    SINGLE("Ét spørgsmål");

    private final String label;

    TotalRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
