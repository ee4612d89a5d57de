package dk.spor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.util.Map;

import dk.spor.organisation.Role;
import dk.spor.support.WebSession;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Forged form posts are refused, and every response carries the strict security headers. */
@IntegrationTest
class CsrfAndHeadersIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @LocalServerPort int port;

    @Test
    void logoutWithoutTheCsrfTokenIsRefusedAndWithItWorks() {
        String user = data.user(Role.CASEWORKER, data.team("Team"));
        WebSession browser = new WebSession(port);
        browser.logIn(user, TestData.PASSWORD);

        assertThat(browser.postWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void creatingAUserWithoutTheCsrfTokenIsRefused() {
        String admin = data.user(Role.ADMIN, null);
        String username = "csrf" + System.nanoTime();

        assertThat(mvc.post().uri("/admin/brugere/ny").with(data.as(admin)).param("username", username)
                .param("fullName", "Forfalsket Bruger").param("role", "HEAD").param("loginMethod", "OIDC"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/brugere/ny").with(data.as(admin)).with(csrf()).param("username", username)
                .param("fullName", "Ægte Bruger").param("role", "HEAD").param("loginMethod", "OIDC"))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/brugere");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() {
        HttpResponse<String> page = new WebSession(port).get("/login");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void apiResponsesCarryTheSameHeadersAndAPolicyThatLoadsNothing() {
        String user = data.user(Role.HEAD, null);
        HttpResponse<String> response = new WebSession(port).api("/api/v1/cases", user, TestData.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
