package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dk.spor.assessment.InvestigationKind;
import org.junit.jupiter.api.Test;

class PlanValidationTests {

    static final LocalDate STARTED = LocalDate.of(2026, 1, 20);

    @Test
    void aChildInvestigationsPlanMayNotPromiseAResultAfterTheDeadline() {
        Investigation bfu = InvestigationTests.bfu();

        assertThat(Problems.of(() -> plan(InvestigationTests.DUE.plusDays(1)).validate(bfu, STARTED)))
                .containsKey("expectedCompletion");
        assertThat(Problems.of(() -> plan(InvestigationTests.DUE).validate(bfu, STARTED))).isEmpty();
    }

    @Test
    void unlessTheCaseworkerHasSaidTheDeadlineWillBeMissed() {
        Investigation expectedLate = InvestigationTests.with(InvestigationKind.CHILD_INVESTIGATION, true,
                "Foreløbig vurdering", null);

        assertThat(Problems.of(() -> plan(InvestigationTests.DUE.plusMonths(1)).validate(expectedLate, STARTED)))
                .isEmpty();
    }

    @Test
    void anAfdaekningHasNoDeadlineButTheDateCannotPrecedeTheStart() {
        assertThat(Problems.of(() -> plan(LocalDate.of(2027, 6, 1)).validate(InvestigationTests.afdaekning(), STARTED)))
                .isEmpty();
        assertThat(Problems.of(() -> plan(STARTED.minusDays(1)).validate(InvestigationTests.afdaekning(), STARTED)))
                .containsEntry("expectedCompletion", "Datoen kan ikke ligge før undersøgelsen begyndte.");
    }

    @Test
    void purposeQuestionsSourcesAndDateAreRequired() {
        var empty = new PlanDraft(null, " ", "", null, false);

        assertThat(Problems.of(() -> empty.validate(InvestigationTests.afdaekning(), STARTED)))
                .containsOnlyKeys("purpose", "questions", "sources", "expectedCompletion");
    }

    static PlanDraft plan(LocalDate expectedCompletion) {
        return new PlanDraft("Problemstilling", "Spørgsmål", "Skolen og sundhedsplejen", expectedCompletion, true);
    }
}
