package dk.spor.organisation;

import java.util.Set;

/** The signed-in user as the domain sees it: identity, role, teams and provider. */
public record CurrentUser(long id, String username, String fullName, Role role, Set<Long> teamIds, Long providerId) {

    public CurrentUser {
        teamIds = Set.copyOf(teamIds);
    }

    /** Which children's data this user may see; enforced in every query that reads it. */
    public AccessScope accessScope() {
        return switch (role) {
            case CASEWORKER, TEAM_LEADER -> AccessScope.teams(teamIds);
            case HEAD -> AccessScope.all();
            case PROVIDER -> AccessScope.provider(providerId);
            case ADMIN -> AccessScope.none();
        };
    }

    public boolean is(Role other) {
        return role == other;
    }
}
