package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import dk.spor.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginPageIntegrationTests {

    @LocalServerPort int port;
    @Autowired TestData data;

    @Test
    void aFailedLoginKeepsTheTypedLoginNameButNotThePassword() {
        WebSession session = new WebSession(port);
        String user = data.user(Role.CASEWORKER, data.team("Login"));
        session.get("/login");

        session.logIn(user, "forkert-kodeord");
        String page = session.get("/login?error").body();

        assertThat(page).contains("value=\"" + user + "\"").doesNotContain("forkert-kodeord");
    }

    @Test
    void anUnknownAddressGivesTheDanishErrorPageNotJson() {
        WebSession session = new WebSession(port);
        String user = data.user(Role.CASEWORKER, data.team("Login"));
        session.get("/login");
        session.logIn(user, TestData.PASSWORD);

        var response = session.get("/findes-ikke");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Siden findes ikke").contains("lang=\"da\"");
    }
}
