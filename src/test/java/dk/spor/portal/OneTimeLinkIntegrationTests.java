package dk.spor.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OneTimeLinkIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aChildAnswersOnceWithoutLoginAndTheAnswerLandsOnTheCase() {
        Setup s = setup("Asta");
        String token = createLink(s, "CHILD");

        assertThat(mvc.get().uri("/svar/{t}", token)).hasStatusOk().bodyText()
                .contains("Hej Asta").doesNotContain(s.lastName).doesNotContain(s.cpr)
                .doesNotContain(s.cpr.substring(0, 6) + "-");

        assertThat(mvc.post().uri("/svar/{t}", token).with(csrf()).param("scores", "8").param("reason", "Jeg har det godt"))
                .hasStatusOk().bodyText().contains("Tak for dit svar");

        assertThat(jdbc.sql("select channel || ':' || perspective || ':' || total from measurement where case_id = ?")
                .param(s.caseId).query(String.class).single()).isEqualTo("LINK:CHILD:8.00");
        assertThat(mvc.get().uri("/svar/{t}", token)).hasStatus(HttpStatus.GONE).bodyText()
                .contains("Der er allerede svaret");
        assertThat(mvc.post().uri("/svar/{t}", token).with(csrf()).param("scores", "2")).hasStatus(HttpStatus.GONE);
        assertThat(jdbc.sql("select count(*) from measurement where case_id = ?").param(s.caseId).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and entity_type = 'one-time-link'")
                .param(s.child).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onlyTheTokensHashIsStoredAndAnExpiredLinkGetsAKindMessage() {
        Setup s = setup("Carl");
        String token = createLink(s, "CHILD");

        assertThat(jdbc.sql("select count(*) from one_time_link where encode(token_hash, 'escape') like '%' || ? || '%'")
                .param(token).query(Long.class).single()).isZero();
        jdbc.sql("update one_time_link set expires_at = now() - interval '1 minute' where case_id = ?").param(s.caseId)
                .update();

        assertThat(mvc.get().uri("/svar/{t}", token)).hasStatus(HttpStatus.GONE).bodyText()
                .contains("Linket er udløbet").contains("Kontakt din");
        assertThat(mvc.get().uri("/sager/{id}/engangslinks", s.caseId).with(data.as(s.caseworker))).bodyText()
                .contains("Udløbet");
    }

    @Test
    void anUnknownTokenIsNotFoundAndTheFormNeedsItsCsrfToken() {
        Setup s = setup("Vera");
        String token = createLink(s, "CHILD");

        assertThat(mvc.get().uri("/svar/{t}", "ikke-et-rigtigt-link")).hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("Linket virker ikke");
        assertThat(mvc.post().uri("/svar/{t}", token).param("scores", "5")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aParentsLinkNamesThemByFirstNameAndRefusedInputKeepsTheLinkUsable() {
        Setup s = setup("Bertram");
        String token = createLink(s, "PARENT", "respondentName", "Lene Kristiansen");

        assertThat(mvc.get().uri("/svar/{t}", token)).hasStatusOk().bodyText().contains("Hej Lene")
                .contains("Bertram").doesNotContain("Kristiansen");
        assertThat(mvc.post().uri("/svar/{t}", token).with(csrf()).param("scores", "6").param("reason", " "))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Skriv hvorfor netop dette tal");
        assertThat(mvc.get().uri("/svar/{t}", token)).hasStatusOk();
    }

    @Test
    void anotherTeamCannotMakeOrSeeLinks() {
        Setup s = setup("Ib");
        String outsider = data.user(Role.CASEWORKER, data.team("Andet"));

        assertThat(mvc.get().uri("/sager/{id}/engangslinks", s.caseId).with(data.as(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/sager/{id}/engangslinks", s.caseId).with(data.as(outsider)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL").param("perspective", "CHILD").param("validDays", "7"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(data.auditCount(s.child, outsider, "DENIED")).isEqualTo(2);
    }

    private String createLink(Setup s, String perspective, String... extra) {
        var request = mvc.post().uri("/sager/{id}/engangslinks", s.caseId).with(data.as(s.caseworker)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL").param("perspective", perspective).param("validDays", "7");
        for (int i = 0; i < extra.length; i += 2) {
            request = request.param(extra[i], extra[i + 1]);
        }
        var result = request.exchange();
        assertThat(result).hasStatus3xxRedirection();
        String url = (String) result.getMvcResult().getFlashMap().get("createdUrl");
        String token = url.substring(url.indexOf("/svar/") + "/svar/".length());
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        return token;
    }

    private Setup setup(String firstName) {
        long team = data.team("Links");
        String caseworker = data.user(Role.CASEWORKER, team);
        String lastName = data.uniqueLastName();
        long child = data.child(firstName, lastName);
        long caseId = data.openCase(child, team, data.userId(caseworker));
        String cpr = jdbc.sql("select cpr from child where id = ?").param(child).query(String.class).single();
        return new Setup(caseId, child, caseworker, lastName, cpr);
    }

    record Setup(long caseId, long child, String caseworker, String lastName, String cpr) {
    }
}
