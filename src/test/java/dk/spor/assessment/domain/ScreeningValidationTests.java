package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.assessment.ScreeningOutcome;
import org.junit.jupiter.api.Test;

class ScreeningValidationTests {

    @Test
    void theWeightedInformationAndTheOutcomeAreRequired() {
        var screening = new NewScreening("Underretningen", " ", "Vurdering", null, null, null, null);

        assertThat(Problems.of(screening::validate))
                .containsEntry("weightedInformation", "Skriv hvilke oplysninger du har lagt vægt på.")
                .containsEntry("outcome", "Vælg hvad der skal ske nu.");
    }

    @Test
    void closingTheCaseTakesAReason() {
        var closing = new NewScreening("Underretningen", "Skolen", "Ingen bekymring", ScreeningOutcome.CLOSE, null,
                null, "");

        assertThat(Problems.of(closing::validate)).containsOnlyKeys("closingReason");
    }

    @Test
    void theChildsAndParentsViewsAreOptionalAtScreening() {
        var screening = new NewScreening("Underretningen", "Skolen", "Afdæk", ScreeningOutcome.FOCUSED_ASSESSMENT,
                null, null, null);

        assertThat(Problems.of(screening::validate)).isEmpty();
    }
}
