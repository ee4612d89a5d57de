package dk.spor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A citizen's insight request: every access to the child's data, on screen, as CSV and as JSON, itself logged. */
@IntegrationTest
class InsightRequestIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired RestTestClient api;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    String admin;
    String caseworker;
    long child;
    String cpr;

    @BeforeEach
    void aCaseworkerHasReadTheChildsPage() {
        long team = data.team("Team Indsigt");
        admin = data.user(Role.ADMIN, null);
        caseworker = data.user(Role.CASEWORKER, team);
        child = data.child("Sofie", "Indsigtsen");
        data.openCase(child, team, null);
        cpr = jdbc.sql("select cpr from child where id = ?").param(child).query(String.class).single();
        assertThat(mvc.get().uri("/boern/{id}", child).with(data.as(caseworker))).hasStatusOk();
    }

    @Test
    void theAdministratorFindsTheChildByCprAndSeesWhoReadWhatWhenAndWhy() {
        assertThat(mvc.post().uri("/admin/indsigt").with(data.as(admin)).with(csrf())
                .param("cpr", cpr.substring(0, 6) + "-" + cpr.substring(6)))
                .hasRedirectedUrl("/admin/indsigt/boern/" + child);

        assertThat(mvc.get().uri("/admin/indsigt/boern/{id}", child).with(data.as(admin))).hasStatusOk().bodyText()
                .contains("Sofie Indsigtsen")
                .contains("Test " + caseworker + " (" + caseworker + ")")
                .contains("Rådgiver").contains("Læst").contains("Barnets side")
                .contains("data-spor-print");
        assertThat(data.auditCount(child, admin, "EXPORT")).isEqualTo(1);
    }

    @Test
    void aWrongOrUnknownCprIsExplainedAndKept() {
        assertThat(mvc.post().uri("/admin/indsigt").with(data.as(admin)).with(csrf()).param("cpr", "12-34"))
                .hasStatusOk().bodyText().contains("Skriv et gyldigt CPR-nummer").contains("value=\"12-34\"");
        assertThat(mvc.post().uri("/admin/indsigt").with(data.as(admin)).with(csrf()).param("cpr", "0101010000"))
                .hasStatusOk().bodyText().contains("Der findes intet barn med dette CPR-nummer");
    }

    @Test
    void theListDownloadsAsCsvForASpreadsheet() {
        MvcTestResult csv = mvc.get().uri("/admin/indsigt/boern/{id}/csv", child).with(data.as(admin)).exchange();

        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .headers().hasValue("Content-Disposition", "attachment; filename=\"indsigt-barn-" + child + ".csv\"");
        String body = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF\"Tidspunkt\";\"Brugernavn\";\"Navn\";\"Rolle\";\"Handling\"")
                .contains("\"" + caseworker + "\";\"Test " + caseworker + "\";\"Rådgiver\";\"Læst\"");
        assertThat(data.auditCount(child, admin, "EXPORT")).isEqualTo(1);
    }

    @Test
    void theSameListIsAvailableAsJsonToAdministrators() {
        api.get().uri("/api/v1/children/{id}/access-log", child)
                .headers(h -> h.setBasicAuth(admin, TestData.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.childName").isEqualTo("Sofie Indsigtsen")
                .jsonPath("$.accesses[0].username").isEqualTo(caseworker)
                .jsonPath("$.accesses[0].role").isEqualTo("CASEWORKER")
                .jsonPath("$.accesses[0].action").isEqualTo("READ")
                .jsonPath("$.accesses[0].purpose").isEqualTo("Barnets side");
        assertThat(data.auditCount(child, admin, "EXPORT")).isEqualTo(1);

        api.get().uri("/api/v1/children/{id}/access-log", Long.MAX_VALUE)
                .headers(h -> h.setBasicAuth(admin, TestData.PASSWORD)).exchange().expectStatus().isNotFound();
    }
}
