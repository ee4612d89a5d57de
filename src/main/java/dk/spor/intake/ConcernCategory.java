package dk.spor.intake;

/** What the concern is about. Violence and sexual abuse call for the special handling of such reports. */
public enum ConcernCategory {
    NEGLECT("Omsorgssvigt", false),
    VIOLENCE("Vold", true),
    SEXUAL_ABUSE("Seksuelle overgreb", true),
    PARENT_SUBSTANCE_ABUSE("Forældres misbrug", false),
    PARENT_MENTAL_ILLNESS("Forældres psykiske sygdom", false),
    DOMESTIC_CONFLICT("Konflikter i hjemmet", false),
    SCHOOL_ABSENCE("Skolefravær", false),
    CHILD_WELLBEING("Barnets mistrivsel", false),
    CHILD_BEHAVIOUR("Bekymrende adfærd", false),
    CRIME("Kriminalitet", false),
    HOMELESSNESS("Bolig og hjemløshed", false),
    OTHER("Andet", false);

    private final String danishLabel;
    private final boolean violenceOrAbuse;

    ConcernCategory(String danishLabel, boolean violenceOrAbuse) {
        this.danishLabel = danishLabel;
        this.violenceOrAbuse = violenceOrAbuse;
    }

    public String danishLabel() {
        return danishLabel;
    }

    public boolean isViolenceOrAbuse() {
        return violenceOrAbuse;
    }
}
