package dk.spor.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;

import dk.spor.casefile.ChildAccessDenied;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Role;
import dk.spor.shared.ValidationFailed;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The rules of a status report: drafts, sending, locking, who reads what, requests, the PDF and the API. */
@IntegrationTest
@RecordApplicationEvents
class StatusReportIntegrationTests {

    @Autowired StatusReports reports;
    @Autowired Organisation organisation;
    @Autowired MockMvcTester mvc;
    @Autowired RestTestClient api;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired UserDetailsService users;

    private long team;
    private long providerId;
    private String provider;
    private String caseworker;
    private long child;
    private long caseId;
    private long intervention;
    private long goal;

    @BeforeEach
    void setUp() {
        team = data.team("Familieteam");
        providerId = data.provider("Familiehuset");
        provider = data.user(Role.PROVIDER, null, providerId);
        caseworker = data.user(Role.CASEWORKER, team);
        child = data.child("Emma", data.uniqueLastName());
        caseId = data.openCase(child, team, data.userId(caseworker));
        intervention = data.intervention(caseId, providerId, "RUNNING");
        goal = data.linkedGoal(intervention, "Emma kommer i skole hver dag");
    }

    @Test
    void aNewReportStartsWhereTheInterventionStartedAndCarriesTheLinkedGoals() {
        StatusReport report = reports.report(user(provider), reports.start(user(provider), intervention));

        assertThat(report.status()).isEqualTo(StatusReportStatus.DRAFT);
        assertThat(report.content().periodFrom()).isEqualTo(LocalDate.now().minusDays(90));
        assertThat(report.content().goals()).extracting(GoalSection::goalTitle)
                .containsExactly("Emma kommer i skole hver dag");
        assertThat(reports.start(user(provider), intervention)).as("one report is written at a time")
                .isEqualTo(report.id());
    }

    @Test
    void providerSavesADraftThenSendsItAndTheCaseworkerReadsItOnTheCase() {
        long id = reports.start(user(provider), intervention);
        StatusReport draft = reports.save(user(provider), id, partial(), false, version(id));
        assertThat(draft.status()).isEqualTo(StatusReportStatus.DRAFT);
        assertThat(reports.ofCase(user(caseworker), caseId)).singleElement()
                .satisfies(r -> assertThat(r.content().whatHappened()).as("a draft is the provider's own").isNull());

        StatusReport sent = reports.save(user(provider), id, complete(), true, draft.version());

        assertThat(sent.status()).isEqualTo(StatusReportStatus.SUBMITTED);
        assertThat(sent.submittedAt()).isNotNull();
        assertThat(reports.report(user(caseworker), id).content().goals()).singleElement()
                .satisfies(g -> assertThat(g.attainment()).isEqualTo(GoalAttainment.PROGRESSING));
        assertThat(events.stream(StatusReportSubmitted.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(id);
            assertThat(e.caseId()).isEqualTo(caseId);
            assertThat(e.childId()).isEqualTo(child);
            assertThat(e.interventionId()).isEqualTo(intervention);
            assertThat(e.providerId()).isEqualTo(providerId);
        });
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = 'statusreport.submitted'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(data.auditCount(child, caseworker, "READ")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReportIsSentOnlyWhenEveryPartOfTheTemplateIsAnswered() {
        long id = reports.start(user(provider), intervention);

        assertThatThrownBy(() -> reports.save(user(provider), id, partial(), true, version(id)))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors().asMap()).containsKeys(
                        "goals[0].attainment", "goals[0].observations", "childView", "familyCooperation",
                        "recommendation", "recommendationReason", "reviewedWithFamilyOn"));
        assertThat(reports.report(user(provider), id).status()).isEqualTo(StatusReportStatus.DRAFT);
        assertThat(events.stream(StatusReportSubmitted.class)).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedSoNobodyOverwritesAnotherSilently() {
        long id = reports.start(user(provider), intervention);
        int opened = version(id);
        String colleague = data.user(Role.PROVIDER, null, providerId);
        reports.save(user(colleague), id, partial(), false, opened);

        assertThatThrownBy(() -> reports.save(user(provider), id, complete(), false, opened))
                .isInstanceOf(StatusReportRejected.class).hasMessageContaining("gemt af en anden");
    }

    @Test
    void aSentReportIsLocked() {
        long id = reports.start(user(provider), intervention);
        StatusReport sent = reports.save(user(provider), id, complete(), true, version(id));

        assertThatThrownBy(() -> reports.save(user(provider), id, complete(), false, sent.version()))
                .isInstanceOf(StatusReportRejected.class).hasMessageContaining("kan ikke længere ændres");
        assertThat(reports.start(user(provider), intervention)).as("the next report is a new one").isNotEqualTo(id);
    }

    @Test
    void onlyTheProvidersOwnReportsAndTheCaseworkersSentOnesCanBeRead() {
        long id = reports.start(user(provider), intervention);
        String otherProvider = data.user(Role.PROVIDER, null, data.provider("Kontaktpersonkorpset"));
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThatThrownBy(() -> reports.report(user(otherProvider), id)).isInstanceOf(ChildAccessDenied.class);
        assertThatThrownBy(() -> reports.report(user(caseworker), id)).as("not sent yet")
                .hasMessageContaining("not sent");
        reports.save(user(provider), id, complete(), true, version(id));
        assertThatThrownBy(() -> reports.report(user(outsider), id)).isInstanceOf(ChildAccessDenied.class);
        assertThat(data.auditCount(child, otherProvider, "DENIED")).isEqualTo(1);
        assertThat(data.auditCount(child, outsider, "DENIED")).isEqualTo(1);
    }

    @Test
    void theCaseworkerRequestsAReportByADueDateAndTheProviderWritesIt() {
        LocalDate due = LocalDate.now().plusDays(14);
        assertThat(mvc.post().uri("/sager/{id}/statusrapporter/anmodninger", caseId)
                .param("interventionId", String.valueOf(intervention)).param("dueOn", due.toString())
                .with(data.as(caseworker)).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/").with(data.as(provider))).hasStatusOk().bodyText()
                .contains("Rådgiveren har bedt om en");

        long id = reports.start(user(provider), intervention);

        StatusReport report = reports.report(user(provider), id);
        assertThat(report.status()).isEqualTo(StatusReportStatus.DRAFT);
        assertThat(report.dueOn()).isEqualTo(due);
        assertThat(report.content().goals()).hasSize(1);
        assertThatThrownBy(() -> reports.request(user(caseworker), caseId, intervention, due))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void theFormKeepsEverythingTypedWhenSendingIsRefused() {
        long id = reports.start(user(provider), intervention);
        assertThat(mvc.post().uri("/statusrapporter/{id}", id).with(data.as(provider)).with(csrf())
                .param("version", String.valueOf(version(id))).param("handling", "send")
                .param("whatHappened", "Vi har mødtes hver tirsdag.").param("periodFrom", "31-02-2026")
                .param("goals[0].goalId", String.valueOf(goal)).param("goals[0].actions", "Morgenbesøg"))
                .hasStatusOk().bodyText().contains("Vi har mødtes hver tirsdag.").contains("31-02-2026")
                .contains("Morgenbesøg").contains("Skriv en gyldig dato");
    }

    @Test
    void theCaseworkerPrintsASentReportAsPdf() {
        long id = reports.start(user(provider), intervention);
        reports.save(user(provider), id, complete(), true, version(id));

        assertThat(mvc.get().uri("/statusrapporter/{id}.pdf", id).with(data.as(caseworker))).hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        assertThat(data.auditCount(child, caseworker, "EXPORT")).isEqualTo(1);
    }

    @Test
    void anIntegrationSendsAReportThroughTheApiAndTheCaseworkerReadsIt() {
        String body = """
                {"interventionId": %d, "periodFrom": "%s", "periodTo": "%s", "whatHappened": "Ugentlige samtaler.",
                 "goals": [{"goalId": %d, "attainment": "ACHIEVED", "observations": "Emma har ikke haft fravær."}],
                 "childView": "Det går godt.", "familyCooperation": "Godt.", "recommendation": "END",
                 "recommendationReason": "Målet er nået.", "reviewedWithFamilyOn": "%s", "submit": true}"""
                .formatted(intervention, LocalDate.now().minusDays(60), LocalDate.now(), goal, LocalDate.now());

        var created = api.post().uri("/api/v1/status-reports").contentType(MediaType.APPLICATION_JSON).body(body)
                .headers(h -> h.setBasicAuth(provider, TestData.PASSWORD)).exchange()
                .expectStatus().isCreated().expectBody(StatusReportIdOnly.class).returnResult().getResponseBody();

        api.get().uri("/api/v1/status-reports?caseId={id}", caseId)
                .headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].id").isEqualTo(created.id())
                .jsonPath("$[0].status").isEqualTo("SUBMITTED")
                .jsonPath("$[0].goals[0].attainment").isEqualTo("ACHIEVED");
        api.post().uri("/api/v1/status-reports").contentType(MediaType.APPLICATION_JSON).body(body)
                .headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).exchange().expectStatus().isForbidden();
    }

    record StatusReportIdOnly(long id) {
    }

    /** Signs the user in on this thread, so the audit log records who acted, and returns them as the domain sees them. */
    private CurrentUser user(String username) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        return organisation.currentUser(username).orElseThrow();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private int version(long id) {
        return jdbc.sql("select version from status_report where id = ?").param(id).query(Integer.class).single();
    }

    private StatusReportDraft partial() {
        return new StatusReportDraft(LocalDate.now().minusDays(90), LocalDate.now(), "Vi har mødtes hver tirsdag.",
                List.of(), null, null, null, null, null, null, null);
    }

    private StatusReportDraft complete() {
        return new StatusReportDraft(LocalDate.now().minusDays(90), LocalDate.now(), "Vi har mødtes hver tirsdag.",
                List.of(new GoalSection(goal, null, GoalAttainment.PROGRESSING, "Morgenbesøg to gange om ugen.",
                        "Emma er kommet i skole fire ud af fem dage de sidste tre uger.")),
                "»Det er nemmere at stå op nu.«", "Mor tager aktivt del.", null, Recommendation.CONTINUE,
                "Emma er godt på vej, men rutinerne er ikke faste endnu.", LocalDate.now(), null);
    }
}
