package dk.spor.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A provider (udfører) sees exactly the children whose running interventions its organisation delivers, only what
 * it needs of them, and nothing once the intervention ends. Every read and every refusal is audited.
 */
@IntegrationTest
class ProviderAccessIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired RestTestClient api;
    @Autowired TestData data;

    private String lastName;
    private long ownChild;
    private long ownCase;
    private long ownIntervention;
    private long otherChild;
    private long otherCase;
    private String provider;

    @BeforeEach
    void setUp() {
        long team = data.team("Familieteam");
        long familiehuset = data.provider("Familiehuset");
        long otherProvider = data.provider("Kontaktpersonkorpset");
        provider = data.user(Role.PROVIDER, null, familiehuset);
        lastName = data.uniqueLastName();
        ownChild = data.child("Emma", lastName);
        ownCase = data.openCase(ownChild, team, data.userId(data.user(Role.CASEWORKER, team)));
        ownIntervention = data.intervention(ownCase, familiehuset, "RUNNING");
        data.linkedGoal(ownIntervention, "Emma kommer i skole hver dag");
        otherChild = data.child("Oliver", lastName);
        otherCase = data.openCase(otherChild, team, null);
        data.intervention(otherCase, otherProvider, "RUNNING");
        data.intervention(otherCase, familiehuset, "GRANTED");
    }

    @Test
    void providerSeesItsOwnChildOnTheStartPageAndTheProviderViewAndTheReadsAreAudited() {
        assertThat(mvc.get().uri("/").with(data.as(provider))).hasStatusOk().bodyText()
                .contains("Emma").contains("Familiebehandling").doesNotContain("Oliver");
        assertThat(mvc.get().uri("/udfoerer/boern/{id}", ownChild).with(data.as(provider))).hasStatusOk().bodyText()
                .contains("Emma").contains("Familien får hjælp til faste rammer.")
                .contains("Emma kommer i skole hver dag").doesNotContain(lastName);
        assertThat(data.auditCount(ownChild, provider, "READ")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void providerCannotSeeAChildWhoseInterventionAnotherProviderDeliversOrThatHasNotStarted() {
        assertThat(mvc.get().uri("/udfoerer/boern/{id}", otherChild).with(data.as(provider)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Oliver");
        get("/api/v1/children/{id}", otherChild).expectStatus().isNotFound();
        get("/api/v1/cases/{id}", otherCase).expectStatus().isNotFound();
        get("/api/v1/status-reports?childId={id}", otherChild).expectStatus().isNotFound();
        assertThat(data.auditCount(otherChild, provider, "DENIED")).isEqualTo(4);
    }

    @Test
    void theApiListsOnlyTheProvidersOwnChildren() {
        get("/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(ownChild);
        get("/api/v1/cases?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        assertThat(data.auditCount(ownChild, provider, "READ")).isEqualTo(1);
    }

    @Test
    void providerNeverReadsTheCaseRecordEvenOfItsOwnChild() {
        assertThat(mvc.get().uri("/boern/{id}", ownChild).with(data.as(provider)))
                .hasRedirectedUrl("/udfoerer/boern/" + ownChild);
        get("/api/v1/children/{id}", ownChild).expectStatus().isNotFound();
        get("/api/v1/cases/{id}", ownCase).expectStatus().isNotFound();
        get("/api/v1/cases/{id}/deadlines", ownCase).expectStatus().isNotFound();
        assertThat(mvc.get().uri("/sager/{id}/statusrapporter", ownCase).with(data.as(provider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/sager/{id}/udredning", ownCase).with(data.as(provider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/sager/{id}/afgoerelser/ny", ownCase).with(data.as(provider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/sager").with(data.as(provider))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(data.auditCount(ownChild, provider, "DENIED")).isEqualTo(3);
    }

    @Test
    void accessEndsWhenTheInterventionEnds() {
        data.endIntervention(ownIntervention);

        assertThat(mvc.get().uri("/udfoerer/boern/{id}", ownChild).with(data.as(provider)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/").with(data.as(provider))).hasStatusOk().bodyText().doesNotContain("Emma");
        get("/api/v1/children?q={q}", lastName).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        assertThat(mvc.post().uri("/statusrapporter").param("interventionId", String.valueOf(ownIntervention))
                .with(data.as(provider)).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(data.auditCount(ownChild, provider, "DENIED")).isEqualTo(2);
    }

    @Test
    void staffKeepTheirTeamScopeAndStillSeeTheWholeRecord() {
        long team = data.team("Andet team");
        String outsider = data.user(Role.CASEWORKER, team);
        assertThat(mvc.get().uri("/boern/{id}", ownChild).with(data.as(outsider))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/udfoerer/boern/{id}", ownChild).with(data.as(outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private RestTestClient.ResponseSpec get(String uri, Object... variables) {
        return api.get().uri(uri, variables).headers(h -> h.setBasicAuth(provider, TestData.PASSWORD)).exchange();
    }
}
