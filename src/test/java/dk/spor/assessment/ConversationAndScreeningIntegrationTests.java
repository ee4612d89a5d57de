package dk.spor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import dk.spor.casefile.CasePhase;
import dk.spor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
@Import(AssessmentSteps.class)
class ConversationAndScreeningIntegrationTests {

    @Autowired AssessmentSteps steps;
    @Autowired ApplicationEvents events;

    @Test
    void firstConversationMovesANewCaseToInitialConversationsWithAChronologyLineAndAnEvent() {
        var fixture = steps.caseIn(CasePhase.NOTIFICATION_RECEIVED, LocalDate.now());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of(
                "heldOn", LocalDate.now().toString(), "kind", "CHILD_ALONE", "participants", "Alma og rådgiver",
                "childInformed", "true", "childsOwnWords", "Jeg er ked af det, når de råber.",
                "summary", "Alma fortalte om morgenerne."));

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(fixture.base());
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.INITIAL_CONVERSATIONS);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.conversation")).isEqualTo(1);
        assertThat(steps.auditCount(fixture.childId(), fixture.caseworker(), "CREATE", "conversation")).isEqualTo(1);
        assertThat(events.stream(ConversationRecorded.class))
                .anyMatch(e -> e.caseId() == fixture.caseId() && e.kind() == ConversationKind.CHILD_ALONE);
        assertThat(steps.get(fixture.caseworker(), fixture.base())).hasStatusOk().bodyText()
                .contains("Barnets egne ord").contains("Jeg er ked af det, når de råber.")
                .doesNotContain("Der er ikke registreret en samtale med barnet alene");
    }

    @Test
    void overviewRecommendsAConversationWithTheChildAloneUntilOneIsRecorded() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        assertThat(steps.get(fixture.caseworker(), fixture.base())).hasStatusOk().bodyText()
                .contains("Der er ikke registreret en samtale med barnet alene");
    }

    @Test
    void conversationWithMissingFieldsIsShownAgainWithDanishMessagesAndTheTypedText() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of(
                "heldOn", LocalDate.now().plusDays(1).toString(), "kind", "PARENTS", "participants", "",
                "summary", "Mor fortalte om <b>weekenden</b>."));

        assertThat(result).hasStatusOk().bodyText()
                .contains("Datoen kan ikke ligge efter i dag.").contains("Skriv hvem der deltog.")
                .contains("aria-describedby=\"participants-hint participants-error\"").contains("aria-invalid=\"true\"")
                .contains("Mor fortalte om &lt;b&gt;weekenden&lt;/b&gt;.").doesNotContain("<b>weekenden");
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.conversation")).isZero();
    }

    @Test
    void malformedDateGetsADanishMessageAndKeepsWhatWasTyped() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of(
                "heldOn", "31-02-2026", "kind", "NOT_A_KIND", "participants", "Mor", "summary", "Resumé"));

        assertThat(result).hasStatusOk().bodyText().contains("Skriv en gyldig dato")
                .contains("value=\"31-02-2026\"");
    }

    @Test
    void textOfTenThousandAndOneCharactersGetsAMessageNotAnError() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of(
                "heldOn", LocalDate.now().toString(), "kind", "PARENTS", "participants", "Mor",
                "summary", "a".repeat(10_001)));

        assertThat(result).hasStatusOk().bodyText().contains("Teksten er for lang: 10001 tegn");
    }

    @Test
    void screeningToChildInvestigationMovesTheCaseThroughScreeningAndStartsTheInvestigation() {
        LocalDate awareness = LocalDate.now().minusDays(10);
        var fixture = steps.caseIn(CasePhase.INITIAL_CONVERSATIONS, awareness);

        assertThat(steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION)).hasStatus3xxRedirection();

        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.CHILD_INVESTIGATION);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.screening")).isEqualTo(1);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.investigation.started")).isEqualTo(1);
        assertThat(events.stream(ScreeningConcluded.class)).anyMatch(e -> e.caseId() == fixture.caseId()
                && e.outcome() == ScreeningOutcome.CHILD_INVESTIGATION);
        assertThat(events.stream(ChildInvestigationStarted.class)).anyMatch(e -> e.caseId() == fixture.caseId()
                && e.awarenessDate().equals(awareness) && e.dueDate().equals(awareness.plusMonths(4)));
        long investigation = steps.investigationOf(fixture.caseId());
        assertThat(steps.get(fixture.caseworker(), fixture.investigation(investigation))).hasStatusOk().bodyText()
                .contains("Børnefaglig undersøgelse").contains("dage tilbage");
    }

    @Test
    void screeningWithoutWeightedInformationOrOutcomeIsRefusedAndKeepsTheInput() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/screening", Map.of(
                "informationConsidered", "Underretningen.", "weightedInformation", " ", "conclusion", "Min vurdering",
                "caseVersion", String.valueOf(steps.caseVersion(fixture.caseId()))));

        assertThat(result).hasStatusOk().bodyText().contains("Skriv hvilke oplysninger du har lagt vægt på.")
                .contains("Vælg hvad der skal ske nu.").contains("Min vurdering");
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.SCREENING);
    }

    @Test
    void closingAtScreeningTakesAReasonAndClosesTheCase() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());

        var withoutReason = steps.post(fixture.caseworker(), fixture.base() + "/screening", Map.of(
                "informationConsidered", "Underretningen.", "weightedInformation", "Skolens oplysninger.",
                "conclusion", "Ingen bekymring.", "outcome", "CLOSE",
                "caseVersion", String.valueOf(steps.caseVersion(fixture.caseId()))));
        assertThat(withoutReason).hasStatusOk().bodyText().contains("Skriv hvorfor sagen lukkes.");

        assertThat(steps.screen(fixture, ScreeningOutcome.CLOSE)).hasStatus3xxRedirection();
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.CLOSED);
    }

    @Test
    void screeningOnACaseThatChangedMeanwhileIsAConflictThatKeepsTheInput() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        int seen = steps.caseVersion(fixture.caseId());
        steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of("heldOn", LocalDate.now().toString(),
                "kind", "PARENTS", "participants", "Far", "summary", "Far ringede."));
        steps.post(fixture.caseworker(), "/sager/" + fixture.caseId() + "/udredning/screening", Map.of());

        var result = steps.post(fixture.caseworker(), fixture.base() + "/screening", Map.of(
                "informationConsidered", "Mine oplysninger", "weightedInformation", "Det vægtede",
                "conclusion", "Konklusion", "outcome", "EARLY_SUPPORT", "caseVersion", String.valueOf(seen - 1)));

        assertThat(result).hasStatusOk().bodyText().contains("Sagen er blevet ændret").contains("Mine oplysninger");
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.SCREENING);
    }
}
