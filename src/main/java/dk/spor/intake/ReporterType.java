package dk.spor.intake;

/**
 * Who sent the report. Professionals (skærpet underretningspligt, barnets lov § 133) get a receipt within 6
 * working days and are later told whether the report led to an investigation or support.
 */
public enum ReporterType {
    SCHOOL("Skole", true),
    DAYCARE("Dagtilbud", true),
    HEALTH_VISITOR("Sundhedspleje", true),
    HOSPITAL("Hospital", true),
    GENERAL_PRACTITIONER("Praktiserende læge", true),
    POLICE("Politi", true),
    PPR("PPR", true),
    OTHER_PROFESSIONAL("Anden fagperson", true),
    CITIZEN("Borger", false),
    ANONYMOUS("Anonym", false),
    CHILD("Barnet selv", false),
    PARENT("Forælder", false);

    private final String danishLabel;
    private final boolean professional;

    ReporterType(String danishLabel, boolean professional) {
        this.danishLabel = danishLabel;
        this.professional = professional;
    }

    public String danishLabel() {
        return danishLabel;
    }

    public boolean isProfessional() {
        return professional;
    }
}
