package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.spor.assessment.ConversationKind;
import org.junit.jupiter.api.Test;

class ConversationValidationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aCompleteConversationIsValid() {
        assertThat(Problems.of(() -> conversation(ConversationKind.PARENTS, "Resumé").validate(TODAY))).isEmpty();
    }

    @Test
    void dateKindParticipantsAndSummaryAreRequired() {
        var empty = new NewConversation(null, null, " ", false, null, false, null, "");

        assertThat(Problems.of(() -> empty.validate(TODAY)))
                .containsOnlyKeys("heldOn", "kind", "participants", "summary")
                .containsEntry("summary", "Skriv et resumé af samtalen.");
    }

    @Test
    void aConversationCannotHaveBeenHeldInTheFuture() {
        var tomorrow = new NewConversation(TODAY.plusDays(1), ConversationKind.PARENTS, "Mor", false, null, false,
                null, "Resumé");

        assertThat(Problems.of(() -> tomorrow.validate(TODAY)))
                .containsEntry("heldOn", "Datoen kan ikke ligge efter i dag.");
    }

    @Test
    void textsOfTenThousandCharactersAreAcceptedAndOneMoreIsNot() {
        assertThat(Problems.of(() -> conversation(ConversationKind.PARENTS, "a".repeat(10_000)).validate(TODAY)))
                .isEmpty();
        assertThat(Problems.of(() -> conversation(ConversationKind.PARENTS, "a".repeat(10_001)).validate(TODAY)))
                .containsEntry("summary", "Teksten er for lang: 10001 tegn. Der er plads til højst 10000 tegn.");
    }

    @Test
    void markupIsKeptAsTheTextThatWasTyped() {
        String typed = "<script>alert('x')</script> og <b>fed</b>";

        assertThat(conversation(ConversationKind.PARENTS, typed).summary()).isEqualTo(typed);
        assertThat(Problems.of(() -> conversation(ConversationKind.PARENTS, typed).validate(TODAY))).isEmpty();
    }

    @Test
    void blankTextIsNoText() {
        assertThat(new NewConversation(TODAY, ConversationKind.PARENTS, "Mor", false, "  ", false, "\n", "Resumé")
                .childsOwnWords()).isNull();
    }

    @Test
    void hearingTheChildAloneOrObservingTheChildTakesTheChildsOwnWords() {
        for (ConversationKind kind : List.of(ConversationKind.CHILD_ALONE, ConversationKind.OBSERVATION)) {
            assertThat(Problems.of(() -> conversation(kind, "Resumé").validate(TODAY))).containsKey("childsOwnWords");
        }
        assertThat(Problems.of(() -> conversation(ConversationKind.NETWORK, "Resumé").validate(TODAY))).isEmpty();
    }

    @Test
    void twoCaseworkersTakeAReason() {
        var two = new NewConversation(TODAY, ConversationKind.PARENTS, "Mor", true, "", false, null, "Resumé");

        assertThat(Problems.of(() -> two.validate(TODAY)))
                .containsEntry("twoCaseworkersReason", "Skriv hvorfor I var to rådgivere.");
    }

    static NewConversation conversation(ConversationKind kind, String summary) {
        return new NewConversation(TODAY, kind, "Mor og rådgiver", false, null, true, null, summary);
    }
}
