package dk.spor.followup;

/**
 * What a piece of new information gives rise to (seed 001 § 4.6, seed 002b § 3.12): nothing, with the reason
 * written down; an adjustment of the intervention; a new follow-up meeting; or a new afdækning or børnefaglig
 * undersøgelse.
 */
public enum AssessmentOutcome {
    NO_ADJUSTMENT("Ingen justering"),
    ADJUST_INTERVENTION("Indsatsen justeres"),
    FOLLOW_UP_MEETING("Nyt opfølgningsmøde"),
    NEW_INVESTIGATION("Ny afdækning eller børnefaglig undersøgelse");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
