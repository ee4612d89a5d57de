package dk.spor.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class NewDecisionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LegalBasis SECTION_32 = new LegalBasis("BL-32", "barnets lov § 32", "Støttende indsats",
            List.of(DecisionType.SUPPORTIVE, DecisionType.REFUSAL), List.of("Familiebehandling", "Aflastning"));

    private static NewDecision supportive(String childView, String missingReason, Integer months) {
        return new NewDecision(DecisionType.SUPPORTIVE, "BL-32", "Familiebehandling", "Ro og struktur i hverdagen",
                "Færre konflikter", months, childView, missingReason, null, TODAY, null, Decisions.DEFAULT_COMPLAINT_GUIDANCE);
    }

    @Test
    void aDecisionWithoutTheChildsViewOrAReasonIsRefused() {
        assertThat(supportive(null, null, 6).validate(SECTION_32, TODAY).asMap()).containsKey("childView");
    }

    @Test
    void aReasonWhyTheViewCouldNotBeObtainedIsEnough() {
        assertThat(supportive(null, "Barnet er 8 måneder", 6).validate(SECTION_32, TODAY).isEmpty()).isTrue();
    }

    @Test
    void aSupportiveInterventionNeedsItsExpectedDuration() {
        assertThat(supportive("Jeg vil gerne have hjælp", null, null).validate(SECTION_32, TODAY).asMap())
                .containsKey("expectedDurationMonths");
    }

    @Test
    void theLegalBasisMustFitTheDecisionType() {
        var placement = new NewDecision(DecisionType.PLACEMENT, "BL-32", null, "Formål", "Virkning", 12, "Synspunkt",
                null, null, TODAY, null, "Klagevejledning");
        assertThat(placement.validate(SECTION_32, TODAY).asMap()).containsKey("legalBasisId");
    }

    @Test
    void aDecisionCannotBeDatedInTheFutureNorNotifiedBeforeItWasMade() {
        var decision = new NewDecision(DecisionType.SUPPORTIVE, "BL-32", "Aflastning", "Formål", "Virkning", 6,
                "Synspunkt", null, null, TODAY.plusDays(1), TODAY.minusDays(3), "Klagevejledning");
        assertThat(decision.validate(SECTION_32, TODAY).asMap()).containsKeys("decidedOn", "notifiedOn");
    }

    @Test
    void placementRequiresACompletedChildInvestigation() {
        assertThat(PlacementPolicy.check(DecisionType.PLACEMENT, false)).contains(PlacementPolicy.MISSING_INVESTIGATION);
        assertThat(PlacementPolicy.check(DecisionType.PLACEMENT, true)).isEmpty();
        assertThat(PlacementPolicy.check(DecisionType.SUPPORTIVE, false)).isEmpty();
    }
}
