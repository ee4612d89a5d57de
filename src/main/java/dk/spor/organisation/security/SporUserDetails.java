package dk.spor.organisation.security;

import java.util.Collection;
import java.util.List;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.SporPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A Spor user signed in with a password (form login or HTTP Basic). */
record SporUserDetails(CurrentUser currentUser, String passwordHash, boolean locked) implements UserDetails, SporPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(currentUser.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }
}
