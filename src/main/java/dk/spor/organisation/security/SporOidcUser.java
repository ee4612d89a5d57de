package dk.spor.organisation.security;

import java.util.List;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.SporPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A Spor user signed in through the municipality's OpenID Connect identity provider. */
class SporOidcUser extends DefaultOidcUser implements SporPrincipal {

    private final transient CurrentUser currentUser;

    SporOidcUser(OidcUser oidcUser, CurrentUser currentUser) {
        super(List.of(new SimpleGrantedAuthority(currentUser.role().authority())), oidcUser.getIdToken(),
                oidcUser.getUserInfo());
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String getName() {
        return currentUser.username();
    }
}
