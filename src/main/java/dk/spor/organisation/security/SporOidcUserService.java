package dk.spor.organisation.security;

import java.util.Optional;
import java.util.function.Function;

import dk.spor.organisation.CurrentUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a user of the municipality's identity provider as the Spor user with the same login name (the claim
 * {@code spor.oidc.username-claim}, by default {@code preferred_username}). The identity provider proves who the
 * person is; Spor alone decides their role and teams, so an unknown or disabled login name is refused.
 */
class SporOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> identityProvider;
    private final Function<String, Optional<CurrentUser>> sporUsers;
    private final String usernameClaim;

    SporOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> identityProvider,
            Function<String, Optional<CurrentUser>> sporUsers, String usernameClaim) {
        this.identityProvider = identityProvider;
        this.sporUsers = sporUsers;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = identityProvider.loadUser(request);
        String username = oidcUser.getClaimAsString(usernameClaim);
        return Optional.ofNullable(username).flatMap(sporUsers)
                .map(user -> new SporOidcUser(oidcUser, user))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("unknown_user", "Brugeren er ikke oprettet i Spor", null)));
    }
}
