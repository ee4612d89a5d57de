package dk.spor.organisation;

/** An administrator created a user. */
public record UserCreated(long userId, String username, Role role) {
}
