package dk.spor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import dk.spor.casefile.CasePhase;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
@Import(AssessmentSteps.class)
class AssessmentAccessIntegrationTests {

    @Autowired AssessmentSteps steps;
    @Autowired TestData data;
    @Autowired MockMvcTester mvc;

    @Test
    void aCaseworkerOfAnotherTeamGetsNotFoundOnEveryPageAndEveryAttemptIsAudited() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(fixture, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long investigation = steps.investigationOf(fixture.caseId());
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(steps.get(outsider, fixture.base())).hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .doesNotContain("Alma");
        assertThat(steps.get(outsider, fixture.investigation(investigation))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.post(outsider, fixture.base() + "/samtaler", Map.of("heldOn", LocalDate.now().toString(),
                "kind", "PARENTS", "participants", "Mor", "summary", "Forsøg")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.post(outsider, fixture.investigation(investigation) + "/afsnit/HEALTH",
                Map.of("resources", "Forsøg", "version", "0"))).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(steps.auditCount(fixture.childId(), outsider, "DENIED", "case")).isEqualTo(4);
        assertThat(steps.chronologyCount(fixture.caseId(), "assessment.conversation")).isZero();
    }

    @Test
    void anInvestigationOfAnotherCaseIsNotFoundThroughThisCase() {
        var mine = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        var other = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        steps.screen(other, ScreeningOutcome.FOCUSED_ASSESSMENT);
        long othersInvestigation = steps.investigationOf(other.caseId());

        assertThat(steps.get(mine.caseworker(), mine.investigation(othersInvestigation)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theHeadOfServiceMayReadButNotWrite() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        String head = data.user(Role.HEAD, null);

        assertThat(steps.get(head, fixture.base())).hasStatusOk().bodyText().doesNotContain("Registrér samtale");
        assertThat(steps.post(head, fixture.base() + "/samtaler", Map.of("heldOn", LocalDate.now().toString(),
                "kind", "PARENTS", "participants", "Mor", "summary", "Forsøg")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApiReturnsTheAssessmentWorkAsJsonAndAuditsTheRead() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now().minusDays(3));
        steps.post(fixture.caseworker(), fixture.base() + "/samtaler", Map.of("heldOn", LocalDate.now().toString(),
                "kind", "CHILD_ALONE", "participants", "Alma", "childsOwnWords", "Jeg kan godt lide skolen.",
                "summary", "En god snak."));
        steps.screen(fixture, ScreeningOutcome.CHILD_INVESTIGATION);

        var response = mvc.get().uri("/api/v1/cases/{id}/assessment", fixture.caseId())
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(fixture.caseworker(), TestData.PASSWORD));

        assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.phase").isEqualTo("CHILD_INVESTIGATION");
                    assertThat(json).extractingPath("$.conversations[0].childsOwnWords")
                            .isEqualTo("Jeg kan godt lide skolen.");
                    assertThat(json).extractingPath("$.screening.outcome").isEqualTo("CHILD_INVESTIGATION");
                    assertThat(json).extractingPath("$.investigations[0].dueDate")
                            .isEqualTo(LocalDate.now().minusDays(3).plusMonths(4).toString());
                    assertThat(json).extractingPath("$.investigations[0].sections.length()").isEqualTo(10);
                });
        assertThat(steps.auditCount(fixture.childId(), fixture.caseworker(), "READ", "assessment")).isEqualTo(1);
    }

    @Test
    void theApiAnswersACaseOutsideTheUsersAccessAsNotFoundAndAuditsIt() {
        var fixture = steps.caseIn(CasePhase.SCREENING, LocalDate.now());
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        var response = mvc.get().uri("/api/v1/cases/{id}/assessment", fixture.caseId())
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(outsider, TestData.PASSWORD));

        assertThat(response).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Alma");
        assertThat(steps.auditCount(fixture.childId(), outsider, "DENIED", "case")).isEqualTo(1);
    }

    @Test
    void newInformationOnARunningCaseStartsANewInvestigationWithItsOwnAwarenessDate() {
        var fixture = steps.caseIn(CasePhase.INTERVENTION, LocalDate.now().minusYears(1));
        LocalDate learnt = LocalDate.now().minusDays(5);

        var tooEarly = steps.post(fixture.caseworker(), fixture.base() + "/undersoegelser", Map.of(
                "kind", "CHILD_INVESTIGATION", "reason", "", "awarenessDate", learnt.toString(),
                "caseVersion", String.valueOf(steps.caseVersion(fixture.caseId()))));
        var started = steps.post(fixture.caseworker(), fixture.base() + "/undersoegelser", Map.of(
                "kind", "CHILD_INVESTIGATION", "reason", "Ny underretning om vold.", "awarenessDate", learnt.toString(),
                "caseVersion", String.valueOf(steps.caseVersion(fixture.caseId()))));

        assertThat(tooEarly).hasStatusOk().bodyText().contains("Skriv hvilke nye oplysninger");
        assertThat(started).hasStatus3xxRedirection();
        assertThat(steps.phase(fixture.caseId())).isEqualTo(CasePhase.CHILD_INVESTIGATION);
        assertThat(steps.get(fixture.caseworker(), fixture.investigation(steps.investigationOf(fixture.caseId()))))
                .hasStatusOk().bodyText().contains("Ny underretning om vold.");
    }
}
