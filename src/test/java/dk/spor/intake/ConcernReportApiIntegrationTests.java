package dk.spor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
class ConcernReportApiIntegrationTests {

    @Autowired RestTestClient rest;
    @Autowired TestData data;

    @Test
    void anIntegrationRegistersAReportAndReadsItBack() {
        long team = data.team("API");
        String caseworker = data.user(Role.CASEWORKER, team);

        String location = rest.post().uri("/api/v1/concern-reports")
                .headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"kind": "CONCERN_REPORT", "cpr": "0405164013", "firstName": "Lea", "lastName": "Vang",
                         "reporterType": "HEALTH_VISITOR", "reporterOrganisation": "Sundhedsplejen",
                         "receivedAt": "2026-11-02T10:30:00+01:00", "channel": "DIGITAL_FORM",
                         "categories": ["NEGLECT"], "content": "Lea vejer for lidt."}""")
                .exchange().expectStatus().isCreated().returnResult(String.class).getResponseHeaders()
                .getLocation().toString();

        rest.get().uri(location).headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.reporterType").isEqualTo("HEALTH_VISITOR")
                .jsonPath("$.receivedAt").isEqualTo("2026-11-02T10:30:00+01:00")
                .jsonPath("$.categories[0]").isEqualTo("NEGLECT");
    }

    @Test
    void invalidInputGetsADanishMessagePerField() {
        long team = data.team("API");
        String caseworker = data.user(Role.CASEWORKER, team);

        String body = rest.post().uri("/api/v1/concern-reports")
                .headers(h -> h.setBasicAuth(caseworker, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"kind": "CONCERN_REPORT", "cpr": "3102161234", "reporterType": "CITIZEN",
                         "receivedAt": "2099-01-01T10:00:00+01:00", "channel": "PHONE", "content": "Bekymring"}""")
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).contains("CPR-nummeret er ikke gyldigt").contains("\"errors\"");
    }
}
