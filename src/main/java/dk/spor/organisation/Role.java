package dk.spor.organisation;

/** The roles of Spor's users. The Danish label is what the UI shows. */
public enum Role {
    CASEWORKER("Rådgiver"),
    TEAM_LEADER("Faglig leder"),
    HEAD("Chef"),
    PROVIDER("Udfører"),
    ADMIN("Administrator");

    private final String danishLabel;

    Role(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
