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
class InvestigationIntegrationTests {

    @Autowired AssessmentSteps steps;
    @Autowired ApplicationEvents events;
    @Autowired Investigations investigations;

    @Test
    void savingASectionKeepsTheInvestigationADraft() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);
        long investigation = steps.investigationOf(fixture.caseId());

        var result = steps.post(fixture.caseworker(), fixture.investigation(investigation) + "/afsnit/SCHOOL",
                Map.of("resources", "Glad for sin lærer.", "concerns", "Meget fravær.", "sources", "Skolen",
                        "version", "0"));

        assertThat(result).hasStatus3xxRedirection();
        assertThat(steps.get(fixture.caseworker(), fixture.investigation(investigation))).hasStatusOk().bodyText()
                .contains("Glad for sin lærer.").contains("I gang (kladde)");
        assertThat(investigations.hasCompletedChildInvestigation(fixture.caseId())).isFalse();
        assertThat(steps.auditCount(fixture.childId(), fixture.caseworker(), "UPDATE", "investigation-section"))
                .isEqualTo(1);
    }

    @Test
    void secondSaveOfASectionOnTheSameVersionGetsADanishConflictAndKeepsItsText() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long investigation = steps.investigationOf(fixture.caseId());
        String section = fixture.investigation(investigation) + "/afsnit/HEALTH";

        var first = steps.post(fixture.caseworker(), section, Map.of("resources", "Første tekst", "version", "0"));
        var second = steps.post(fixture.caseworker(), section, Map.of("resources", "Anden tekst", "version", "0"));

        assertThat(first).hasStatus3xxRedirection();
        assertThat(second).hasStatusOk().bodyText().contains("Afsnittet er blevet ændret af en anden")
                .contains("Anden tekst").contains("Den gemte version").contains("Første tekst")
                .contains("name=\"version\" value=\"1\"");
    }

    @Test
    void completionNeedsTheConclusionTheChildsViewOrAReasonAndTheParentsView() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);
        long investigation = steps.investigationOf(fixture.caseId());
        String conclusion = fixture.investigation(investigation) + "/konklusion";

        var draft = steps.post(fixture.caseworker(), conclusion, Map.of("conclusion", "Foreløbig tanke",
                "complete", "false", "version", "0"));
        var incomplete = steps.post(fixture.caseworker(), conclusion, Map.of("conclusion", "Endelig konklusion",
                "complete", "true", "version", "1"));

        assertThat(draft).hasStatus3xxRedirection();
        assertThat(incomplete).hasStatusOk().bodyText()
                .contains("Skriv barnets syn på sagen, eller hvorfor det ikke har kunnet indhentes.")
                .contains("Skriv forældrenes syn på sagen.").contains("Endelig konklusion");
        assertThat(investigations.hasCompletedChildInvestigation(fixture.caseId())).isFalse();

        assertThat(steps.complete(fixture, investigation)).hasStatus3xxRedirection();
        assertThat(investigations.hasCompletedChildInvestigation(fixture.caseId())).isTrue();
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.investigation.completed")).isEqualTo(1);
        assertThat(events.stream(ChildInvestigationCompleted.class))
                .anyMatch(e -> e.investigationId() == investigation);
    }

    @Test
    void anOverdueChildInvestigationTakesAPreliminaryAssessmentBeforeAnythingElse() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now().minusMonths(5));
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);
        long investigation = steps.investigationOf(fixture.caseId());
        String base = fixture.investigation(investigation);

        assertThat(steps.get(fixture.caseworker(), base)).hasStatusOk().bodyText()
                .contains("Skriv en foreløbig vurdering").contains("overskredet med");
        var refused = steps.post(fixture.caseworker(), base + "/afsnit/HEALTH",
                Map.of("resources", "Sund og rask", "version", "0"));
        assertThat(refused).hasStatusOk().bodyText().contains("Skriv en foreløbig vurdering, før du gemmer andet")
                .contains("Sund og rask");

        assertThat(steps.post(fixture.caseworker(), base + "/foreloebig-vurdering", Map.of(
                "text", "Barnet trives bedre, men skolen mangler at svare.", "version", "0")))
                .hasStatus3xxRedirection();
        assertThat(steps.post(fixture.caseworker(), base + "/afsnit/HEALTH",
                Map.of("resources", "Sund og rask", "version", "0"))).hasStatus3xxRedirection();
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.investigation.preliminary")).isEqualTo(1);
    }

    @Test
    void markingThatTheDeadlineWillBeMissedAlsoTakesAPreliminaryAssessment() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);
        long investigation = steps.investigationOf(fixture.caseId());

        var withoutText = steps.post(fixture.caseworker(),
                fixture.investigation(investigation) + "/foreloebig-vurdering",
                Map.of("deadlineWillBeMissed", "true", "text", "", "version", "0"));

        assertThat(withoutText).hasStatusOk().bodyText().contains("Skriv den foreløbige vurdering.");
    }

    @Test
    void anAfdaekningWidenedToAChildInvestigationMovesTheCaseAndStartsTheClock() {
        LocalDate awareness = LocalDate.now().minusDays(20);
        var fixture = steps.caseIn(CasePhase.SCREENING, awareness);
        steps.screen(fixture, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long investigation = steps.investigationOf(fixture.caseId());
        assertThat(events.stream(FocusedAssessmentStarted.class)).anyMatch(e -> e.investigationId() == investigation);

        var withoutReason = steps.post(fixture.caseworker(), fixture.investigation(investigation) + "/udvidelse",
                Map.of("reason", "", "version", "0"));
        var widened = steps.post(fixture.caseworker(), fixture.investigation(investigation) + "/udvidelse",
                Map.of("reason", "Mistanke om vold i hjemmet.", "version", "0"));

        assertThat(withoutReason).hasStatusOk().bodyText().contains("Skriv hvorfor afdækningen udvides");
        assertThat(widened).hasStatus3xxRedirection();
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.CHILD_INVESTIGATION);
        assertThat(events.stream(ChildInvestigationStarted.class)).anyMatch(e -> e.investigationId() == investigation
                && e.awarenessDate().equals(awareness) && e.dueDate().equals(awareness.plusMonths(4)));
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.investigation.escalated")).isEqualTo(1);
    }

    @Test
    void informationRequestNeedsPurposeQuestionsAFutureDeadlineAndAReasonWithoutConsent() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long investigation = steps.investigationOf(fixture.caseId());

        var result = steps.post(fixture.caseworker(), fixture.investigation(investigation) + "/indhentninger", Map.of(
                "recipientKind", "SCHOOL", "recipientName", "Herlev Skole", "purpose", "", "questions", "",
                "replyDue", LocalDate.now().toString(), "consentBasis", "WITHOUT_CONSENT",
                "sentOn", LocalDate.now().toString()));

        assertThat(result).hasStatusOk().bodyText().contains("Skriv formålet")
                .contains("Skriv de konkrete spørgsmål").contains("Svarfristen skal ligge efter i dag.")
                .contains("Begrund hvorfor det er nødvendigt at indhente oplysningerne uden samtykke.")
                .contains("Herlev Skole");
    }

    @Test
    void anOverdueRequestIsShownAndListedForTheCaseworkerUntilTheReplyIsRegistered() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long investigation = steps.investigationOf(fixture.caseId());
        assertThat(steps.post(fixture.caseworker(), fixture.investigation(investigation) + "/indhentninger", Map.of(
                "recipientKind", "DAYCARE", "recipientName", "Børnehaven Mælkebøtten",
                "purpose", "Barnets trivsel i hverdagen.", "questions", "Hvordan leger barnet med de andre?",
                "replyDue", LocalDate.now().plusDays(7).toString(), "consentBasis", "CONSENT",
                "sentOn", LocalDate.now().toString()))).hasStatus3xxRedirection();
        long request = steps.requestOf(investigation);
        assertThat(events.stream(InformationRequestSent.class)).anyMatch(e -> e.requestId() == request
                && e.replyDue().equals(LocalDate.now().plusDays(7)));
        steps.moveReplyDue(request, LocalDate.now().minusDays(2));

        assertThat(steps.get(fixture.caseworker(), fixture.investigation(investigation))).hasStatusOk().bodyText()
                .contains("Overskredet med 2 dage");
        assertThat(investigations.overdueInformationRequests(steps.user(fixture.caseworker())))
                .singleElement().satisfies(overdue -> {
                    assertThat(overdue.requestId()).isEqualTo(request);
                    assertThat(overdue.daysOverdue()).isEqualTo(2);
                    assertThat(overdue.childName()).isEqualTo("Alma Udredningsen");
                });

        var reply = steps.post(fixture.caseworker(),
                fixture.investigation(investigation) + "/indhentninger/" + request + "/svar", Map.of(
                        "receivedOn", LocalDate.now().toString(), "replySummary", "Leger godt, men trækker sig.",
                        "version", "0"));

        assertThat(reply).hasStatus3xxRedirection();
        assertThat(investigations.overdueInformationRequests(steps.user(fixture.caseworker()))).isEmpty();
        assertThat(events.stream(InformationReceived.class)).anyMatch(e -> e.requestId() == request);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.information.received")).isEqualTo(1);
    }

    @Test
    void professionalAssessmentAfterACompletedInvestigationTakesTheCaseToDecision() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);
        long investigation = steps.investigationOf(fixture.caseId());
        steps.complete(fixture, investigation);
        assertThat(steps.get(fixture.caseworker(), fixture.base())).hasStatusOk().bodyText()
                .contains("Skriv socialfaglig vurdering: efter børnefaglig undersøgelse");

        var missing = steps.post(fixture.caseworker(), fixture.base() + "/vurderinger", Map.of(
                "context", "AFTER_CHILD_INVESTIGATION", "needsSupport", "true", "divergesFromViews", "true",
                "outcome", "CONTINUE", "caseVersion", String.valueOf(steps.caseVersion(fixture.caseId()))));
        assertThat(missing).hasStatusOk().bodyText().contains("Skriv hvilken støtte der er behov for.")
                .contains("Skriv hvordan netværket kan bidrage.").contains("Begrund fagligt")
                .contains("går sagen videre til afgørelse eller lukkes");

        var recorded = steps.post(fixture.caseworker(), fixture.base() + "/vurderinger", Map.ofEntries(
                Map.entry("context", "AFTER_CHILD_INVESTIGATION"),
                Map.entry("decisiveFactors", "Fravær og konflikter i hjemmet."),
                Map.entry("challengesAndResources", "Stærkt netværk, men slidte forældre."),
                Map.entry("conclusion", "Der er behov for familiebehandling."), Map.entry("needsSupport", "true"),
                Map.entry("supportDescription", "Familiebehandling"),
                Map.entry("networkContribution", "Mormor henter."),
                Map.entry("childsView", "Jeg vil gerne have, at de holder op med at skændes."),
                Map.entry("parentsView", "Vi er enige."), Map.entry("outcome", "DECISION"),
                Map.entry("caseVersion", String.valueOf(steps.caseVersion(fixture.caseId())))));

        assertThat(recorded).hasStatus3xxRedirection();
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.DECISION);
        assertThat(events.stream(ProfessionalAssessmentRecorded.class)).anyMatch(e -> e.caseId() == fixture.caseId()
                && e.context() == AssessmentContext.AFTER_CHILD_INVESTIGATION
                && e.outcome() == AssessmentOutcome.DECISION);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.professional-assessment")).isEqualTo(1);
    }
}
