package dk.spor.assessment;

import dk.spor.casefile.CasePhase;

/** The narrow afdækning (§ 19) from existing knowledge, or the full børnefaglige undersøgelse (§§ 20–23). */
public enum InvestigationKind {
    FOCUSED_ASSESSMENT("Afdækning", "afdækningen", CasePhase.FOCUSED_ASSESSMENT),
    CHILD_INVESTIGATION("Børnefaglig undersøgelse", "den børnefaglige undersøgelse", CasePhase.CHILD_INVESTIGATION);

    private final String danishLabel;
    private final String definiteDanish;
    private final CasePhase casePhase;

    InvestigationKind(String danishLabel, String definiteDanish, CasePhase casePhase) {
        this.danishLabel = danishLabel;
        this.definiteDanish = definiteDanish;
        this.casePhase = casePhase;
    }

    public String danishLabel() {
        return danishLabel;
    }

    /** "afdækningen", "den børnefaglige undersøgelse": for use inside a sentence. */
    public String definiteDanish() {
        return definiteDanish;
    }

    public CasePhase casePhase() {
        return casePhase;
    }
}
