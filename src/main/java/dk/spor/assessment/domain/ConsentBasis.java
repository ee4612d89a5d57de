package dk.spor.assessment.domain;

/** The legal basis for requesting information: the custody holder's consent, or without it when necessary. */
public enum ConsentBasis {
    CONSENT("Med samtykke fra forældremyndighedsindehaveren"),
    WITHOUT_CONSENT("Uden samtykke, fordi det er nødvendigt for sagen");

    private final String danishLabel;

    ConsentBasis(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
