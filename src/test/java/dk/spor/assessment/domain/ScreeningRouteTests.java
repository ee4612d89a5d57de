package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dk.spor.assessment.ScreeningOutcome;
import dk.spor.casefile.CasePhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningRouteTests {

    @Test
    void eachOutcomeLeadsToItsPhase() {
        assertThat(ScreeningRoute.phases(CasePhase.SCREENING, ScreeningOutcome.FOCUSED_ASSESSMENT))
                .containsExactly(CasePhase.FOCUSED_ASSESSMENT);
        assertThat(ScreeningRoute.phases(CasePhase.SCREENING, ScreeningOutcome.CHILD_INVESTIGATION))
                .containsExactly(CasePhase.CHILD_INVESTIGATION);
        assertThat(ScreeningRoute.phases(CasePhase.SCREENING, ScreeningOutcome.EARLY_SUPPORT))
                .containsExactly(CasePhase.EARLY_SUPPORT);
        assertThat(ScreeningRoute.phases(CasePhase.SCREENING, ScreeningOutcome.CLOSE))
                .containsExactly(CasePhase.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = CasePhase.class, names = {"NOTIFICATION_RECEIVED", "INITIAL_CONVERSATIONS"})
    void aCaseNotYetInScreeningPassesThroughIt(CasePhase start) {
        assertThat(ScreeningRoute.phases(start, ScreeningOutcome.CHILD_INVESTIGATION))
                .containsExactly(CasePhase.SCREENING, CasePhase.CHILD_INVESTIGATION);
    }

    @ParameterizedTest
    @EnumSource(value = CasePhase.class, names = {"NOTIFICATION_RECEIVED", "INITIAL_CONVERSATIONS", "SCREENING"})
    void everyRouteIsAllowedByTheCaseCourse(CasePhase start) {
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            List<CasePhase> route = ScreeningRoute.phases(start, outcome);
            CasePhase from = start;
            for (CasePhase to : route) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isTrue();
                from = to;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CasePhase.class, names = {"FOCUSED_ASSESSMENT", "CHILD_INVESTIGATION", "DECISION", "CLOSED"})
    void aCaseBeyondScreeningCannotBeScreened(CasePhase phase) {
        assertThat(ScreeningRoute.canScreen(phase)).isFalse();
        assertThatThrownBy(() -> ScreeningRoute.phases(phase, ScreeningOutcome.CLOSE))
                .isInstanceOf(AssessmentRejected.class).hasMessageStartingWith("Sagen kan ikke screenes nu.");
    }
}
