package dk.spor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import dk.spor.organisation.Role;
import dk.spor.support.WebSession;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Repeated failed logins lock the login name for a while, for the login form and for HTTP Basic alike. Real form
 * posts with the CSRF token and the session cookie, as a browser sends them.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    @Value("${spor.login.max-failures}") int maxFailures;
    @Value("${spor.login.lock-minutes}") int lockMinutes;

    @Test
    void tenWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheLockWindowHasPassed() {
        String user = data.user(Role.CASEWORKER, data.team("Team"));
        WebSession browser = new WebSession(port);

        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(location(browser.logIn(user, "wrong password")))
                    .endsWith(attempt < maxFailures ? "/login?error" : "/login?locked");
        }
        assertThat(location(browser.logIn(user, TestData.PASSWORD))).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("Kontoen er midlertidigt spærret")
                .contains("Prøv igen om " + lockMinutes + " minutter");
        assertThat(browser.api("/api/v1/children", user, TestData.PASSWORD).statusCode()).isEqualTo(401);

        lockWindowPasses(user);

        assertThat(location(browser.logIn(user, TestData.PASSWORD))).endsWith("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsOverHttpBasicLockTheFormLoginToo() {
        String user = data.user(Role.CASEWORKER, data.team("Team"));
        WebSession browser = new WebSession(port);

        for (int attempt = 1; attempt <= maxFailures; attempt++) {
            assertThat(browser.api("/api/v1/children", user, "wrong password").statusCode()).isEqualTo(401);
        }
        assertThat(browser.api("/api/v1/children", user, TestData.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(location(browser.logIn(user, TestData.PASSWORD))).endsWith("/login?locked");

        lockWindowPasses(user);

        assertThat(browser.api("/api/v1/children", user, TestData.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownLoginNameIsLockedAlikeSoTheMessageRevealsNoAccounts() {
        WebSession browser = new WebSession(port);
        String nobody = "nobody" + System.nanoTime();

        for (int attempt = 1; attempt < maxFailures; attempt++) {
            assertThat(location(browser.logIn(nobody, "guess"))).endsWith("/login?error");
        }
        assertThat(location(browser.logIn(nobody, "guess"))).endsWith("/login?locked");
    }

    /** Moves the recorded failures back by the lock window: the same as the clock moving forward by it. */
    private void lockWindowPasses(String username) {
        jdbc.sql("update login_failure set failed_at = failed_at - cast(? as interval) where lower(username) = lower(?)")
                .param(Duration.ofMinutes(lockMinutes).plusSeconds(1).toSeconds() + " seconds").param(username).update();
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
