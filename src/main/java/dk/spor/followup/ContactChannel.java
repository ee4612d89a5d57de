package dk.spor.followup;

/** How the caseworker was in contact. */
public enum ContactChannel {
    CALL("Telefonsamtale"),
    HOME_VISIT("Hjemmebesøg"),
    VISIT("Møde eller besøg"),
    TEXT("Sms"),
    EMAIL("E-mail"),
    LETTER("Brev");

    private final String label;

    ContactChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
