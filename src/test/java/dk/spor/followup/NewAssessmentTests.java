package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.spor.assessment.InvestigationKind;
import org.junit.jupiter.api.Test;

class NewAssessmentTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void anOutcomeMustBeChosen() {
        assertThat(errors(new NewAssessment(null, "Tekst", null, null, null, null), Set.of()))
                .containsOnlyKeys("outcome");
    }

    @Test
    void noAdjustmentRequiresTheReason() {
        assertThat(errors(new NewAssessment(AssessmentOutcome.NO_ADJUSTMENT, " ", null, null, null, null), Set.of()))
                .containsOnlyKeys("assessment");
        assertThat(errors(new NewAssessment(AssessmentOutcome.NO_ADJUSTMENT, "Kendt i forvejen.", null, null, null,
                null), Set.of())).isEmpty();
    }

    @Test
    void adjustingAnInterventionNamesOneOfTheCasesUnendedInterventionsAndWhatChanges() {
        var adjust = new NewAssessment(AssessmentOutcome.ADJUST_INTERVENTION, null, List.of(7L), "To timer mere", null,
                null);
        assertThat(errors(adjust, Set.of(7L, 8L))).isEmpty();
        assertThat(errors(adjust, Set.of(8L))).containsOnlyKeys("interventionIds");
        assertThat(errors(adjust, Set.of())).extractingByKey("interventionIds").asString()
                .contains("ingen indsatser");
        assertThat(errors(new NewAssessment(AssessmentOutcome.ADJUST_INTERVENTION, null, List.of(7L), "", null, null),
                Set.of(7L))).containsOnlyKeys("adjustment");
    }

    @Test
    void aFollowUpMeetingNeedsATimeAfterNow() {
        assertThat(errors(meetingAt(null), Set.of())).containsOnlyKeys("meetingStartsAt");
        assertThat(errors(meetingAt(NOW.minus(Duration.ofHours(1))), Set.of())).containsOnlyKeys("meetingStartsAt");
        assertThat(errors(meetingAt(NOW.plus(Duration.ofDays(3))), Set.of())).isEmpty();
    }

    @Test
    void aNewInvestigationNamesItsKind() {
        assertThat(errors(new NewAssessment(AssessmentOutcome.NEW_INVESTIGATION, null, null, null, null, null),
                Set.of())).containsOnlyKeys("investigationKind");
        assertThat(errors(new NewAssessment(AssessmentOutcome.NEW_INVESTIGATION, null, null, null, null,
                InvestigationKind.FOCUSED_ASSESSMENT), Set.of())).isEmpty();
    }

    private static NewAssessment meetingAt(Instant at) {
        return new NewAssessment(AssessmentOutcome.FOLLOW_UP_MEETING, null, null, null, at, null);
    }

    private static java.util.Map<String, String> errors(NewAssessment assessment, Set<Long> adjustable) {
        return assessment.validate(adjustable, NOW).asMap();
    }
}
