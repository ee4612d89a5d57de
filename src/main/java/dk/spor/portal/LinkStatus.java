package dk.spor.portal;

/** Where a one-time link stands. Spor does not send links itself: the caseworker passes them on. */
public enum LinkStatus {
    WAITING("Afventer svar"), ANSWERED("Besvaret"), EXPIRED("Udløbet");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
