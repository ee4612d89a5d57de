package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InformationRequestValidationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void theReplyDeadlineMustLieAfterToday() {
        assertThat(Problems.of(() -> request(TODAY, ConsentBasis.CONSENT, null).validate(TODAY)))
                .containsEntry("replyDue", "Svarfristen skal ligge efter i dag.");
        assertThat(Problems.of(() -> request(TODAY.plusDays(1), ConsentBasis.CONSENT, null).validate(TODAY))).isEmpty();
    }

    @Test
    void requestingWithoutConsentTakesAJustification() {
        assertThat(Problems.of(() -> request(TODAY.plusDays(7), ConsentBasis.WITHOUT_CONSENT, " ").validate(TODAY)))
                .containsOnlyKeys("withoutConsentJustification");
        assertThat(Problems.of(() -> request(TODAY.plusDays(7), ConsentBasis.WITHOUT_CONSENT,
                "Mistanke om overgreb; forældrene må ikke kende til det endnu.").validate(TODAY))).isEmpty();
    }

    @Test
    void purposeAndQuestionsAreRequired() {
        var bare = new NewInformationRequest(RecipientKind.SCHOOL, "Skolen", "", null, TODAY.plusDays(7),
                ConsentBasis.CONSENT, null, TODAY);

        assertThat(Problems.of(() -> bare.validate(TODAY))).containsOnlyKeys("purpose", "questions");
    }

    @Test
    void aReplyCannotArriveBeforeTheRequestWasSentOrInTheFuture() {
        InformationRequest sent = sent(null);

        assertThat(Problems.of(() -> new InformationReply(TODAY.minusDays(5), "Svar").validate(sent, TODAY)))
                .containsEntry("receivedOn", "Svaret kan ikke være modtaget, før anmodningen blev sendt.");
        assertThat(Problems.of(() -> new InformationReply(TODAY.plusDays(1), "Svar").validate(sent, TODAY)))
                .containsKey("receivedOn");
        assertThat(Problems.of(() -> new InformationReply(TODAY, "").validate(sent, TODAY)))
                .containsOnlyKeys("replySummary");
    }

    @Test
    void aReplyIsRegisteredOnce() {
        assertThatThrownBy(() -> new InformationReply(TODAY, "Svar").validate(sent(TODAY), TODAY))
                .isInstanceOf(AssessmentRejected.class);
    }

    @Test
    void isOverdueFromTheDayAfterTheReplyDeadlineUntilTheReplyComes() {
        InformationRequest awaiting = sent(null);

        assertThat(awaiting.isOverdueOn(TODAY.plusDays(7))).isFalse();
        assertThat(awaiting.isOverdueOn(TODAY.plusDays(9))).isTrue();
        assertThat(awaiting.daysOverdueOn(TODAY.plusDays(9))).isEqualTo(2);
        assertThat(sent(TODAY).isOverdueOn(TODAY.plusDays(9))).isFalse();
    }

    static NewInformationRequest request(LocalDate replyDue, ConsentBasis basis, String justification) {
        return new NewInformationRequest(RecipientKind.SCHOOL, "Herlev Skole", "Barnets trivsel",
                "Hvordan trives barnet i klassen?", replyDue, basis, justification, TODAY);
    }

    static InformationRequest sent(LocalDate receivedOn) {
        return new InformationRequest(1, 1, RecipientKind.SCHOOL, "Herlev Skole", "Formål", "Spørgsmål",
                TODAY.plusDays(7), ConsentBasis.CONSENT, null, TODAY.minusDays(1), receivedOn, null, 0);
    }
}
