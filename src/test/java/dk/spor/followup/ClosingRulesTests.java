package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import dk.spor.assessment.InvestigationKind;
import dk.spor.casefile.CasePhase;
import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.InterventionStatus;
import org.junit.jupiter.api.Test;

class ClosingRulesTests {

    @Test
    void aCaseWithNothingOpenHasNoBlockers() {
        assertThat(new ClosingBlockers(List.of(), List.of(), List.of()).isEmpty()).isTrue();
    }

    @Test
    void theBlockersSayWhatIsLeftInOneSentence() {
        var blockers = new ClosingBlockers(List.of(), List.of(running(), running()), List.of(unassessed()));
        assertThat(blockers.isEmpty()).isFalse();
        assertThat(blockers.summary()).isEqualTo("Sagen kan ikke lukkes endnu. Først skal 2 indsatser afsluttes, "
                + "1 stykke ny viden vurderes.");
    }

    @Test
    void closingNeedsAReasonAndTheChildsViewOrWhyItCouldNotBeObtained() {
        assertThat(new NewClosing("", null, null, null, null).validate().asMap()).containsOnlyKeys("reason",
                "childView");
        assertThat(new NewClosing("Formålet er nået", null, "Barnet er 1 år", null, null).validate().isEmpty())
                .isTrue();
        assertThat(new NewClosing("Formålet er nået", "Jeg er glad", null, null, null).validate().isEmpty()).isTrue();
    }

    @Test
    void newInformationOpensAnInvestigationOnlyOnAScreenedCaseTheCourseAllowsToMove() {
        assertThat(NewInvestigationPolicy.check(CasePhase.INTERVENTION, InvestigationKind.FOCUSED_ASSESSMENT)).isEmpty();
        assertThat(NewInvestigationPolicy.check(CasePhase.INTERVENTION, InvestigationKind.CHILD_INVESTIGATION)).isEmpty();
        assertThat(NewInvestigationPolicy.check(CasePhase.SCREENING, InvestigationKind.FOCUSED_ASSESSMENT)).get()
                .asString().contains("ikke screenet");
        assertThat(NewInvestigationPolicy.check(CasePhase.CHILD_INVESTIGATION, InvestigationKind.CHILD_INVESTIGATION))
                .get().asString().contains("allerede");
        assertThat(NewInvestigationPolicy.check(CasePhase.DECISION, InvestigationKind.FOCUSED_ASSESSMENT)).get()
                .asString().contains("kan ikke gå fra");
    }

    private static InterventionPeriod running() {
        return new InterventionPeriod(1, 1, 1, "Familiebehandling", null, null, InterventionStatus.RUNNING, null, null,
                null, 6);
    }

    private static NewInformation unassessed() {
        return new NewInformation(1, NewInformationSource.CONTACT, 1, 1, 1, Instant.now(), "Opkald", null, null, null,
                null, List.of(), null, null, null, null, null, 0);
    }
}
