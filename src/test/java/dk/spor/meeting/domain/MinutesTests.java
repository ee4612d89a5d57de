package dk.spor.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MinutesTests {

    private static final LocalDate MEETING = LocalDate.of(2026, 3, 10);

    @Test
    void minutesCannotBeClosedWithoutTheNextFollowUpDate() {
        var errors = minutes(null).validateForClosing(MEETING, true).asMap();

        assertThat(errors).containsEntry("nextFollowUpOn",
                "Skriv datoen for næste opfølgning. Referatet kan ikke afsluttes uden en dato for næste opfølgning.");
    }

    @Test
    void aDraftNeedsNoNextFollowUpDate() {
        assertThat(minutes(null).validateDraft().isEmpty()).isTrue();
    }

    @Test
    void theNextFollowUpMustLieAfterTheMeetingAndWithinAYear() {
        assertThat(minutes(MEETING).validateForClosing(MEETING, true).asMap())
                .containsEntry("nextFollowUpOn", "Næste opfølgning skal ligge efter mødet.");
        assertThat(minutes(MEETING.plusMonths(13)).validateForClosing(MEETING, true).asMap())
                .containsKey("nextFollowUpOn");
        assertThat(minutes(MEETING.plusMonths(3)).validateForClosing(MEETING, true).isEmpty()).isTrue();
    }

    @Test
    void aMeetingThatHasNotBegunCannotBeClosed() {
        assertThat(minutes(MEETING.plusMonths(3)).validateForClosing(MEETING, false).asMap()).containsKey("meeting");
    }

    @Test
    void aConversationWithTheChildAloneNeedsWhatTheChildSaid() {
        var minutes = new Minutes(Map.of(), Set.of(), null, true, " ", List.of(), null, MEETING.plusMonths(3), false);

        assertThat(minutes.validateForClosing(MEETING, true).asMap())
                .containsEntry("childAloneSummary", "Skriv hvad barnet sagde i samtalen alene.");
    }

    @Test
    void tooLongTextInAGoalsColumnIsRefusedByItsField() {
        var review = new GoalReview(7, "Går i skole", "x".repeat(10_001), null, null);
        var minutes = new Minutes(Map.of(), Set.of(), null, false, null, List.of(review), null, null, false);

        assertThat(minutes.validateDraft().asMap()).containsKey("worries[7]");
    }

    private static Minutes minutes(LocalDate next) {
        return new Minutes(Map.of(1L, "Mor og far fortalte"), Set.of(1L), "Jeg vil gerne i skole", false, null,
                List.of(), "Ingen justering", next, false);
    }
}
