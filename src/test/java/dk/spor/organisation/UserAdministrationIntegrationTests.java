package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.spor.support.WebSession;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The administrator's user pages: list, create with Danish validation, disable and enable without lost updates. */
@IntegrationTest
class UserAdministrationIntegrationTests {

    private static final String STRONG_PASSWORD = "et-langt-kodeord-42";

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    String admin;
    long team;

    @BeforeEach
    void anAdministratorAndATeam() {
        admin = data.user(Role.ADMIN, null);
        team = data.team("Team Nord");
    }

    @Test
    void listsUsersWithRoleInDanishTeamsLoginAndStatus() {
        String caseworker = data.user(Role.CASEWORKER, team);

        assertThat(mvc.get().uri("/admin/brugere").with(data.as(admin))).hasStatusOk().bodyText()
                .contains("Test " + caseworker).contains("Rådgiver").contains("Team Nord").contains("Aktiv")
                .contains("Adgangskode");
    }

    @Test
    void createsAUserWhoCanSignInAndLogsTheCreation() {
        String username = "ny" + System.nanoTime();

        assertThat(create(username, "Nina Nyansat", "CASEWORKER", "PASSWORD", STRONG_PASSWORD)
                .param("teamIds", Long.toString(team)))
                .hasRedirectedUrl("/admin/brugere").flash().containsEntry("message", "Brugeren " + username + " er oprettet.");

        assertThat(new WebSession(port).api("/api/v1/cases", username, STRONG_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                 where entity_type = 'user' and entity_id = ? and action = 'CREATE' and username = ? and child_id is null""")
                .param(Long.toString(data.userId(username))).param(admin).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aUserOfTheMunicipalityLoginHasNoPassword() {
        String username = "oidc" + System.nanoTime();

        assertThat(create(username, "Ole Oidc", "HEAD", "OIDC", "")).hasRedirectedUrl("/admin/brugere");

        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional()).isEmpty();
        assertThat(mvc.get().uri("/admin/brugere").with(data.as(admin))).bodyText().contains("Kommunens login");
    }

    @Test
    void wrongInputIsExplainedInDanishAndEverythingTypedButThePasswordIsKept() {
        String taken = data.user(Role.CASEWORKER, team);

        assertThat(create(taken, "Karl Kopi", "CASEWORKER", "PASSWORD", "kort").param("email", "ikke-en-adresse"))
                .hasStatusOk().bodyText()
                .contains("Brugernavnet " + taken + " er allerede i brug")
                .contains("Skriv en gyldig e-mailadresse")
                .contains("Vælg mindst ét team for en rådgiver eller faglig leder")
                .contains("Adgangskoden skal have mindst 12")
                .contains("value=\"" + taken + "\"").contains("value=\"Karl Kopi\"").contains("value=\"ikke-en-adresse\"")
                .contains("<option value=\"CASEWORKER\" selected=\"selected\">")
                .doesNotContain("value=\"kort\"");
        assertThat(create("udfoerer" + System.nanoTime(), "Uffe Udfører", "PROVIDER", "OIDC", "")
                .param("teamIds", Long.toString(team)))
                .hasStatusOk().bodyText()
                .contains("Vælg den udfører, brugeren arbejder for")
                .contains("Kun rådgivere og faglige ledere hører til et team")
                .containsPattern("id=\"team-" + team + "\"[^>]*checked");
    }

    @Test
    void aDisabledUserCannotSignInAndAStaleListCannotOverwriteALaterChange() {
        String caseworker = data.user(Role.CASEWORKER, team);
        long id = data.userId(caseworker);

        assertThat(setEnabled(id, false, 0)).hasRedirectedUrl("/admin/brugere")
                .flash().containsEntry("message", "Brugeren er spærret.");
        assertThat(new WebSession(port).api("/api/v1/cases", caseworker, TestData.PASSWORD).statusCode()).isEqualTo(401);

        assertThat(setEnabled(id, true, 0)).hasRedirectedUrl("/admin/brugere").flash()
                .containsEntry("problem", "Brugeren er blevet ændret af en anden, mens du så på listen. "
                        + "Se den opdaterede liste og prøv igen.");
        assertThat(setEnabled(id, true, 1)).flash().containsEntry("message", "Brugeren er genåbnet.");
        assertThat(new WebSession(port).api("/api/v1/cases", caseworker, TestData.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'user' and entity_id = ? and action = 'UPDATE'")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        assertThat(setEnabled(data.userId(admin), false, 0)).flash()
                .containsEntry("problem", "Du kan ikke spærre din egen bruger.");
        assertThat(jdbc.sql("select enabled from app_user where username = ?").param(admin).query(Boolean.class).single())
                .isTrue();
    }

    private MockMvcRequestBuilder create(String username, String fullName, String role, String loginMethod,
            String password) {
        return mvc.post().uri("/admin/brugere/ny").with(data.as(admin)).with(csrf())
                .param("username", username).param("fullName", fullName).param("role", role)
                .param("loginMethod", loginMethod).param("password", password);
    }

    private MockMvcRequestBuilder setEnabled(long userId, boolean enabled, int version) {
        return mvc.post().uri("/admin/brugere/{id}/aktiv", userId).with(data.as(admin)).with(csrf())
                .param("enabled", Boolean.toString(enabled)).param("version", Integer.toString(version));
    }
}
