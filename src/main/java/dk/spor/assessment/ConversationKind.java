package dk.spor.assessment;

/** Who a conversation was with. For the youngest children an observation takes the place of a conversation. */
public enum ConversationKind {
    CHILD_ALONE("Samtale med barnet alene"),
    OBSERVATION("Observation af barnet"),
    CHILD_AND_PARENTS("Samtale med barn og forældre sammen"),
    PARENTS("Samtale med forældre"),
    NETWORK("Samtale med netværk"),
    REPORTER("Samtale med underretter");

    private final String danishLabel;

    ConversationKind(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }

    /** The child was heard without the parents present, or (for the youngest) observed. */
    public boolean hearsChildDirectly() {
        return this == CHILD_ALONE || this == OBSERVATION;
    }

    /** The child took part, so the child's own words belong in the record. */
    public boolean involvesChild() {
        return this == CHILD_ALONE || this == OBSERVATION || this == CHILD_AND_PARENTS;
    }
}
