package dk.spor.organisation;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Looks up the signed-in user for the current request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SporPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; only call where security guarantees someone is signed in. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No Spor user is signed in"));
    }
}
