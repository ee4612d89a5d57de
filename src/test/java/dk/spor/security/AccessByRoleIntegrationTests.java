package dk.spor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dk.spor.organisation.Role;
import dk.spor.support.WebSession;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Who sees which child, by page URL and by API, over real HTTP for the API. Access is decided in the query, so
 * a child outside the user's access answers 404 exactly like a child that does not exist, and the attempt is logged.
 */
@IntegrationTest
class AccessByRoleIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired RestTestClient api;
    @Autowired TestData data;
    @LocalServerPort int port;

    long teamA;
    long teamB;
    String lastName;
    long childA;
    long childB;
    long caseB;

    @BeforeEach
    void twoTeamsWithAChildEach() {
        teamA = data.team("Team A");
        teamB = data.team("Team B");
        lastName = data.uniqueLastName();
        childA = data.child("Alma", lastName);
        childB = data.child("Bo", lastName);
        data.openCase(childA, teamA, null);
        caseB = data.openCase(childB, teamB, null);
    }

    @Test
    void caseworkerCannotReadAnotherTeamsChildOrCaseByUrlOrApiAndEveryAttemptIsAuditedAsDenied() {
        String caseworker = data.user(Role.CASEWORKER, teamA);

        assertThat(mvc.get().uri("/boern/{id}", childB).with(data.as(caseworker))).hasStatus(HttpStatus.NOT_FOUND);
        get(caseworker, "/api/v1/children/{id}", childB).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("Ressourcen findes ikke, eller du har ikke adgang til den.");
        get(caseworker, "/api/v1/cases/{id}", caseB).expectStatus().isNotFound();

        assertThat(data.auditCount(childB, caseworker, "DENIED")).isEqualTo(3);
        assertThat(data.auditCount(childB, caseworker, "READ")).isZero();
        get(caseworker, "/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(childA);
    }

    @Test
    void teamLeaderSeesTheChildrenOfBothTeamsOnlyWhenMemberOfBoth() {
        String leaderOfA = data.user(Role.TEAM_LEADER, teamA);
        String leaderOfBoth = data.user(Role.TEAM_LEADER, teamA);
        data.addToTeam(leaderOfBoth, teamB);

        get(leaderOfA, "/api/v1/children/{id}", childA).expectStatus().isOk();
        get(leaderOfA, "/api/v1/children/{id}", childB).expectStatus().isNotFound();
        get(leaderOfBoth, "/api/v1/children/{id}", childB).expectStatus().isOk();
        get(leaderOfBoth, "/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(2);
        assertThat(mvc.get().uri("/boern/{id}", childB).with(data.as(leaderOfBoth))).hasStatusOk();
    }

    @Test
    void headOfServiceSeesEveryChild() {
        String head = data.user(Role.HEAD, null);

        get(head, "/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(2);
        get(head, "/api/v1/cases/{id}", caseB).expectStatus().isOk();
        assertThat(mvc.get().uri("/boern/{id}", childA).with(data.as(head))).hasStatusOk();
    }

    @Test
    void administratorSeesNoChildButSeesTheAuditLog() {
        String admin = data.user(Role.ADMIN, null);

        assertThat(mvc.get().uri("/boern/{id}", childA).with(data.as(admin))).hasStatus(HttpStatus.NOT_FOUND);
        get(admin, "/api/v1/children/{id}", childA).expectStatus().isNotFound();
        get(admin, "/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        get(admin, "/api/v1/cases?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        assertThat(mvc.get().uri("/admin/logning").with(data.as(admin))).hasStatusOk();
        assertThat(data.auditCount(childA, admin, "DENIED")).isEqualTo(2);
    }

    @Test
    void providerSeesNoChildYet() {
        String provider = data.user(Role.PROVIDER, null, data.provider("Familiehuset"));

        assertThat(mvc.get().uri("/boern/{id}", childA).with(data.as(provider)))
                .hasRedirectedUrl("/udfoerer/boern/" + childA);
        assertThat(mvc.get().uri("/udfoerer/boern/{id}", childA).with(data.as(provider)))
                .hasStatus(HttpStatus.NOT_FOUND);
        get(provider, "/api/v1/children/{id}", childA).expectStatus().isNotFound();
        get(provider, "/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void onlyAdministratorsSeeTheAuditLogAndAChildsAccessLog() {
        String caseworker = data.user(Role.CASEWORKER, teamA);
        String admin = data.user(Role.ADMIN, null);

        get(caseworker, "/api/v1/children/{id}/access-log", childA).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Ingen adgang");
        assertThat(mvc.get().uri("/admin/logning").with(data.as(caseworker))).hasStatus(HttpStatus.FORBIDDEN);
        get(admin, "/api/v1/children/{id}/access-log", childA).expectStatus().isOk();
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApi() {
        String caseworker = data.user(Role.CASEWORKER, teamA);
        WebSession browser = new WebSession(port);
        assertThat(browser.logIn(caseworker, TestData.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> response = browser.apiWithoutCredentials("/api/v1/children/" + childA, "text/html");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("<html");
    }

    private RestTestClient.ResponseSpec get(String username, String uri, Object... variables) {
        return api.get().uri(uri, variables).headers(h -> h.setBasicAuth(username, TestData.PASSWORD)).exchange();
    }
}
