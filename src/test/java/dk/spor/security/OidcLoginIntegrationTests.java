package dk.spor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dk.spor.support.WebSession;
import dk.spor.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With a client registration "spor" configured, the login page offers the municipality's login and sends the
 * browser to the identity provider. The provider is given by its endpoints, so no network is needed.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.spor.client-id=spor",
        "spring.security.oauth2.client.registration.spor.client-secret=hemmelig",
        "spring.security.oauth2.client.registration.spor.scope=openid,profile",
        "spring.security.oauth2.client.registration.spor.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.spor.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.spor.authorization-uri=https://login.kommune.example/auth",
        "spring.security.oauth2.client.provider.spor.token-uri=https://login.kommune.example/token",
        "spring.security.oauth2.client.provider.spor.jwk-set-uri=https://login.kommune.example/jwks",
        "spring.security.oauth2.client.provider.spor.user-name-attribute=preferred_username"})
class OidcLoginIntegrationTests {

    @LocalServerPort int port;

    @Test
    void theLoginPageOffersTheMunicipalityLogin() {
        assertThat(new WebSession(port).get("/login").body()).contains("Log ind med kommunens login")
                .contains("href=\"/oauth2/authorization/spor\"");
    }

    @Test
    void theMunicipalityLoginRedirectsToTheIdentityProvider() {
        HttpResponse<String> response = new WebSession(port).get("/oauth2/authorization/spor");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("https://login.kommune.example/auth?response_type=code&client_id=spor")
                .contains("scope=openid%20profile")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/spor")
                .contains("nonce=");
    }
}
