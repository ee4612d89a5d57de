package dk.spor.organisation;

/** A user as administered: login name, name, role, provider and whether the account is enabled. */
public record UserAccount(long id, String username, String fullName, String email, Role role, Long providerId,
        boolean enabled) {
}
