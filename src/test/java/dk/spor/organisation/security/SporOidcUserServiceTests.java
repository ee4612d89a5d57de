package dk.spor.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class SporOidcUserServiceTests {

    private static final CurrentUser METTE = new CurrentUser(7, "mette.holm", "Mette Holm", Role.CASEWORKER,
            Set.of(1L), null);

    @Test
    void signsInTheSporUserWithTheSameLoginNameAndSporsRole() {
        var service = new SporOidcUserService(request -> oidcUser("Mette.Holm"),
                name -> name.equalsIgnoreCase("mette.holm") ? Optional.of(METTE) : Optional.empty(),
                "preferred_username");

        var user = service.loadUser(null);

        assertThat(user).isInstanceOfSatisfying(SporOidcUser.class, u -> assertThat(u.currentUser()).isEqualTo(METTE));
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASEWORKER");
        assertThat(user.getName()).isEqualTo("mette.holm");
    }

    @Test
    void refusesALoginNameThatIsNotASporUser() {
        var service = new SporOidcUserService(request -> oidcUser("fremmed"), name -> Optional.empty(),
                "preferred_username");

        assertThatThrownBy(() -> service.loadUser(null)).isInstanceOf(OAuth2AuthenticationException.class)
                .extracting(e -> ((OAuth2AuthenticationException) e).getError().getErrorCode()).isEqualTo("unknown_user");
    }

    @Test
    void refusesATokenWithoutTheConfiguredClaim() {
        var service = new SporOidcUserService(request -> oidcUser("mette.holm"), name -> Optional.of(METTE), "upn");

        assertThatThrownBy(() -> service.loadUser(null)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static DefaultOidcUser oidcUser(String preferredUsername) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "abc-123", "preferred_username", preferredUsername));
        return new DefaultOidcUser(List.of(), token);
    }
}
