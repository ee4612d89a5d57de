package dk.spor.decision;

import dk.spor.casefile.CasePhase;

/** The kinds of decision, and the phase a case moves to once one is made (null: the phase stays). */
public enum DecisionType {
    CHILD_INVESTIGATION("Afgørelse om børnefaglig undersøgelse", CasePhase.CHILD_INVESTIGATION, false),
    EARLY_SUPPORT("Tidligt forebyggende indsats", CasePhase.EARLY_SUPPORT, true),
    SUPPORTIVE("Støttende indsats", CasePhase.INTERVENTION, true),
    PLACEMENT("Anbringelse uden for hjemmet", CasePhase.INTERVENTION, true),
    REFUSAL("Afslag", null, false),
    TERMINATION("Ophør af indsats og lukning af sagen", CasePhase.CLOSED, false);

    private final String danishLabel;
    private final CasePhase resultingPhase;
    private final boolean grantsIntervention;

    DecisionType(String danishLabel, CasePhase resultingPhase, boolean grantsIntervention) {
        this.danishLabel = danishLabel;
        this.resultingPhase = resultingPhase;
        this.grantsIntervention = grantsIntervention;
    }

    public String danishLabel() {
        return danishLabel;
    }

    public CasePhase resultingPhase() {
        return resultingPhase;
    }

    /** A decision granting an intervention must state purpose, expected effect and expected duration. */
    public boolean grantsIntervention() {
        return grantsIntervention;
    }
}
