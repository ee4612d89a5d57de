package dk.spor.portal;

/** The link cannot be answered: unknown, already used, expired, or what it asks no longer applies to the case. */
public class LinkUnavailable extends RuntimeException {

    /** Why, so the respondent gets a kind message that fits. */
    public enum Reason { UNKNOWN, ANSWERED, EXPIRED, NO_LONGER_RELEVANT }

    private final Reason reason;

    public LinkUnavailable(Reason reason) {
        super("One-time link unavailable: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
