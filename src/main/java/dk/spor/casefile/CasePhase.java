package dk.spor.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the course set out by barnets lov (Social- og Boligstyrelsen's case course S0–S14).
 * Each phase knows the phases it may move to; assessment is continuous, so running cases may go back to an
 * afdækning or a børnefaglig undersøgelse.
 */
public enum CasePhase {
    NOTIFICATION_RECEIVED("Underretning modtaget"),
    INITIAL_CONVERSATIONS("Indledende samtaler"),
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

    /** The phases this one may move to (T1–T24 of the case course). */
    public Set<CasePhase> next() {
        return switch (this) {
            case NOTIFICATION_RECEIVED -> EnumSet.of(INITIAL_CONVERSATIONS, SCREENING, CLOSED);
            case INITIAL_CONVERSATIONS -> EnumSet.of(SCREENING, CLOSED);
            case SCREENING -> EnumSet.of(FOCUSED_ASSESSMENT, CHILD_INVESTIGATION, EARLY_SUPPORT, CLOSED);
            case FOCUSED_ASSESSMENT -> EnumSet.of(CHILD_INVESTIGATION, DECISION, EARLY_SUPPORT, CLOSED);
            case CHILD_INVESTIGATION -> EnumSet.of(DECISION, CLOSED);
            case DECISION -> EnumSet.of(INTERVENTION, EARLY_SUPPORT, CHILD_INVESTIGATION, CLOSED);
            case EARLY_SUPPORT -> EnumSet.of(FOCUSED_ASSESSMENT, CHILD_INVESTIGATION, DECISION, CLOSED);
            case INTERVENTION -> EnumSet.of(FOCUSED_ASSESSMENT, CHILD_INVESTIGATION, DECISION, CLOSED);
            case CLOSED -> EnumSet.noneOf(CasePhase.class);
        };
    }

    public boolean canMoveTo(CasePhase target) {
        return next().contains(target);
    }

    /** Phases in which the case is being assessed; a new concern report on such a case needs no new screening. */
    public boolean isAssessing() {
        return this == FOCUSED_ASSESSMENT || this == CHILD_INVESTIGATION;
    }
}
