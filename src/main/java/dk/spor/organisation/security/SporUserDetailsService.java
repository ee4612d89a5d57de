package dk.spor.organisation.security;

import dk.spor.organisation.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class SporUserDetailsService implements UserDetailsService {

    private final Organisation organisation;
    private final JdbcClient jdbc;
    private final LoginThrottle throttle;

    SporUserDetailsService(Organisation organisation, JdbcClient jdbc, LoginThrottle throttle) {
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = organisation.currentUser(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown or disabled user"));
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.id())
                .query(String.class).optional().orElse(null);
        if (hash == null) {
            throw new UsernameNotFoundException("User signs in with the municipality's identity provider");
        }
        return new SporUserDetails(user, hash, throttle.isLocked(username));
    }
}
