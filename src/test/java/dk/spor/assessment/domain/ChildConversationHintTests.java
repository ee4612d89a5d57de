package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.assessment.ConversationKind;
import org.junit.jupiter.api.Test;

class ChildConversationHintTests {

    @Test
    void recommendsAConversationWithTheChildAloneUntilOneIsRecorded() {
        assertThat(ChildConversationHint.of(List.of(), 8)).hasValueSatisfying(hint ->
                assertThat(hint).startsWith("Der er ikke registreret en samtale med barnet alene."));
        assertThat(ChildConversationHint.of(List.of(held(ConversationKind.CHILD_AND_PARENTS)), 8)).isPresent();
        assertThat(ChildConversationHint.of(List.of(held(ConversationKind.CHILD_ALONE)), 8)).isEmpty();
    }

    @Test
    void forAChildUnderThreeAnObservationTakesThePlaceOfAConversation() {
        assertThat(ChildConversationHint.of(List.of(), 2)).hasValueSatisfying(hint ->
                assertThat(hint).contains("observation af barnet"));
        assertThat(ChildConversationHint.of(List.of(held(ConversationKind.OBSERVATION)), 2)).isEmpty();
    }

    static Conversation held(ConversationKind kind) {
        return new Conversation(1, 1, LocalDate.of(2026, 11, 20), kind, "Deltagere", false, null, true, "Ord",
                "Resumé", "Rådgiver", Instant.parse("2026-11-20T10:00:00Z"));
    }
}
