package dk.spor.assessment.domain;

/** Whom information is requested from: the professionals who know the child. */
public enum RecipientKind {
    SCHOOL("Skole"),
    DAYCARE("Dagtilbud"),
    HEALTH("Sundhed (læge, sundhedspleje, hospital)"),
    PROVIDER("Udfører eller anbringelsessted"),
    OTHER("Anden");

    private final String danishLabel;

    RecipientKind(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
