package dk.spor.organisation;

/** An administrator disabled a user (who can then no longer sign in) or enabled them again. */
public record UserEnabledChanged(long userId, String username, boolean enabled) {
}
