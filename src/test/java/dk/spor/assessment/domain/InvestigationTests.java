package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.assessment.InvestigationKind;
import org.junit.jupiter.api.Test;

class InvestigationTests {

    static final LocalDate AWARENESS = LocalDate.of(2026, 1, 15);
    static final LocalDate DUE = LocalDate.of(2026, 5, 15);

    @Test
    void onlyAChildInvestigationHasADeadline() {
        assertThat(bfu().dueDate()).isEqualTo(DUE);
        assertThat(bfu().daysLeftOn(LocalDate.of(2026, 5, 5))).isEqualTo(10);
        assertThat(afdaekning().dueDate()).isNull();
        assertThat(afdaekning().daysLeftOn(LocalDate.of(2026, 5, 5))).isNull();
        assertThat(afdaekning().isOverdueOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void isOverdueFromTheDayAfterTheDueDate() {
        assertThat(bfu().isOverdueOn(DUE)).isFalse();
        assertThat(bfu().isOverdueOn(DUE.plusDays(1))).isTrue();
        assertThat(bfu().daysLeftOn(DUE.plusDays(3))).isEqualTo(-3);
    }

    @Test
    void anOverdueChildInvestigationNeedsAPreliminaryAssessmentBeforeAnyChange() {
        LocalDate late = DUE.plusDays(1);

        assertThat(bfu().needsPreliminaryAssessmentOn(late)).isTrue();
        assertThatThrownBy(() -> bfu().requireChangeableOn(late)).isInstanceOf(AssessmentRejected.class)
                .hasMessageContaining("Skriv en foreløbig vurdering, før du gemmer andet");
        assertThatCode(() -> bfu().requireChangeableOn(DUE)).doesNotThrowAnyException();
    }

    @Test
    void aDeadlineTheCaseworkerExpectsToMissAlsoNeedsAPreliminaryAssessment() {
        Investigation expectedLate = with(InvestigationKind.CHILD_INVESTIGATION, true, null, null);

        assertThat(expectedLate.needsPreliminaryAssessmentOn(AWARENESS)).isTrue();
    }

    @Test
    void oncePreliminaryAssessmentIsWrittenWorkContinues() {
        Investigation written = with(InvestigationKind.CHILD_INVESTIGATION, true, "Foreløbig: trives bedre.", null);

        assertThat(written.needsPreliminaryAssessmentOn(DUE.plusMonths(1))).isFalse();
        assertThatCode(() -> written.requireChangeableOn(DUE.plusMonths(1))).doesNotThrowAnyException();
    }

    @Test
    void aCompletedInvestigationCannotBeChangedAndNeedsNothingMore() {
        Investigation completed = with(InvestigationKind.CHILD_INVESTIGATION, false, null, Instant.now());

        assertThat(completed.isOverdueOn(DUE.plusYears(1))).isFalse();
        assertThat(completed.needsPreliminaryAssessmentOn(DUE.plusYears(1))).isFalse();
        assertThatThrownBy(() -> completed.requireChangeableOn(DUE)).isInstanceOf(AssessmentRejected.class)
                .hasMessage("Den børnefaglige undersøgelse er afsluttet og kan ikke ændres.");
    }

    @Test
    void aPreliminaryAssessmentBelongsToAnOpenChildInvestigation() {
        assertThatThrownBy(afdaekning()::requirePreliminaryAssessmentAllowed).isInstanceOf(AssessmentRejected.class);
        assertThatCode(bfu()::requirePreliminaryAssessmentAllowed).doesNotThrowAnyException();
    }

    @Test
    void savingADraftNeedsNoConclusionButCompletingNeedsTheConclusionAndBothViews() {
        ConclusionDraft empty = new ConclusionDraft("", null, " ", null);

        assertThat(Problems.of(() -> bfu().checkConclusion(empty, false, AWARENESS))).isEmpty();
        assertThat(Problems.of(() -> bfu().checkConclusion(empty, true, AWARENESS)))
                .containsEntry("childsView",
                        "Skriv barnets syn på sagen, eller hvorfor det ikke har kunnet indhentes.")
                .containsEntry("parentsView", "Skriv forældrenes syn på sagen.")
                .containsEntry("conclusion", "Skriv konklusionen.");
    }

    @Test
    void aReasonTheChildsViewCouldNotBeObtainedStandsInForTheView() {
        ConclusionDraft withReason = new ConclusionDraft(null, "Barnet er 1 år; observeret i vuggestuen.",
                "Mor er enig.", "Behov for støtte.");

        assertThat(Problems.of(() -> bfu().checkConclusion(withReason, true, AWARENESS))).isEmpty();
    }

    @Test
    void onlyAnAfdaekningCanBeWidenedAndOnlyWithAReason() {
        assertThat(Problems.of(() -> afdaekning().checkEscalation(" ", AWARENESS))).containsKey("reason");
        assertThat(Problems.of(() -> afdaekning().checkEscalation("Mere komplekst end antaget.", AWARENESS))).isEmpty();
        assertThatThrownBy(() -> bfu().checkEscalation("Grund", AWARENESS)).isInstanceOf(AssessmentRejected.class)
                .hasMessage("Kun en afdækning kan udvides til en børnefaglig undersøgelse.");
    }

    static Investigation bfu() {
        return with(InvestigationKind.CHILD_INVESTIGATION, false, null, null);
    }

    static Investigation afdaekning() {
        return with(InvestigationKind.FOCUSED_ASSESSMENT, false, null, null);
    }

    static Investigation with(InvestigationKind kind, boolean willMiss, String preliminary, Instant completedAt) {
        return new Investigation(1, 1, kind, AWARENESS, "Screeningens udfald", Instant.parse("2026-01-20T10:00:00Z"),
                null, null, null, null, null, null, willMiss, preliminary, null, completedAt, 0);
    }
}
