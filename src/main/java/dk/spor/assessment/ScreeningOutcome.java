package dk.spor.assessment;

import java.util.Optional;

import dk.spor.casefile.CasePhase;

/** The four next steps a screening may choose (barnets lov § 18), each with the case phase it leads to. */
public enum ScreeningOutcome {
    FOCUSED_ASSESSMENT("Afdækning", CasePhase.FOCUSED_ASSESSMENT),
    CHILD_INVESTIGATION("Børnefaglig undersøgelse", CasePhase.CHILD_INVESTIGATION),
    EARLY_SUPPORT("Tidlig forebyggende indsats (§§ 30–31)", CasePhase.EARLY_SUPPORT),
    CLOSE("Luk sagen", CasePhase.CLOSED);

    private final String danishLabel;
    private final CasePhase casePhase;

    ScreeningOutcome(String danishLabel, CasePhase casePhase) {
        this.danishLabel = danishLabel;
        this.casePhase = casePhase;
    }

    public String danishLabel() {
        return danishLabel;
    }

    public CasePhase casePhase() {
        return casePhase;
    }

    /** The investigation this outcome starts, if any. */
    public Optional<InvestigationKind> investigation() {
        return switch (this) {
            case FOCUSED_ASSESSMENT -> Optional.of(InvestigationKind.FOCUSED_ASSESSMENT);
            case CHILD_INVESTIGATION -> Optional.of(InvestigationKind.CHILD_INVESTIGATION);
            case EARLY_SUPPORT, CLOSE -> Optional.empty();
        };
    }
}
