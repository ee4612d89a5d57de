package dk.spor.organisation;

/** A user as the administrator's user list shows them. {@code teamNames} is a comma-separated list, or null. */
public record AdministeredUser(long id, String username, String fullName, String email, Role role, String teamNames,
        String providerName, boolean enabled, boolean passwordLogin, int version) {
}
