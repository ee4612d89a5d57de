package dk.spor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasePhaseTests {

    @Test
    void screeningLeadsToAfdaekningInvestigationEarlySupportOrClosing() {
        assertThat(CasePhase.SCREENING.next()).containsExactlyInAnyOrder(CasePhase.FOCUSED_ASSESSMENT,
                CasePhase.CHILD_INVESTIGATION, CasePhase.EARLY_SUPPORT, CasePhase.CLOSED);
    }

    @Test
    void afdaekningCanEscalateToInvestigationButNotBack() {
        assertThat(CasePhase.FOCUSED_ASSESSMENT.canMoveTo(CasePhase.CHILD_INVESTIGATION)).isTrue();
        assertThat(CasePhase.CHILD_INVESTIGATION.canMoveTo(CasePhase.FOCUSED_ASSESSMENT)).isFalse();
    }

    @Test
    void runningInterventionCanBeReassessed() {
        assertThat(CasePhase.INTERVENTION.canMoveTo(CasePhase.CHILD_INVESTIGATION)).isTrue();
        assertThat(CasePhase.INTERVENTION.canMoveTo(CasePhase.FOCUSED_ASSESSMENT)).isTrue();
    }

    @Test
    void aClosedCaseGoesNowhere() {
        assertThat(CasePhase.CLOSED.next()).isEmpty();
    }

    @Test
    void everyOpenPhaseCanBeClosed() {
        for (CasePhase phase : CasePhase.values()) {
            if (phase != CasePhase.CLOSED) {
                assertThat(phase.canMoveTo(CasePhase.CLOSED)).as(phase.name()).isTrue();
            }
        }
    }
}
