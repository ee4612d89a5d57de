package dk.spor.casefile;

/** Where a case stands in the course set out by barnets lov; the Danish label is what the UI shows. */
public enum CasePhase {
    NOTIFICATION_RECEIVED("Underretning modtaget"),
    SCREENING("Screening"),
    FOCUSED_ASSESSMENT("Afdækning"),
    CHILD_INVESTIGATION("Børnefaglig undersøgelse"),
    DECISION("Afgørelse"),
    EARLY_SUPPORT("Tidlig forebyggende indsats"),
    INTERVENTION("Indsats i gang"),
    CLOSED("Lukket");

    private final String danishLabel;

    CasePhase(String danishLabel) {
        this.danishLabel = danishLabel;
    }

    public String danishLabel() {
        return danishLabel;
    }
}
