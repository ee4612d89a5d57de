package dk.spor.organisation;

import java.util.Set;

/**
 * The children whose data a user may see. Least privilege: caseworkers and team leaders see their teams'
 * cases, the head of service sees all, a provider sees the children it delivers an intervention to, and
 * an administrator sees no child's data at all.
 */
public record AccessScope(Kind kind, Set<Long> teamIds, Long providerId) {

    public enum Kind { ALL, TEAMS, PROVIDER, NONE }

    public AccessScope {
        teamIds = Set.copyOf(teamIds);
    }

    public static AccessScope all() {
        return new AccessScope(Kind.ALL, Set.of(), null);
    }

    public static AccessScope teams(Set<Long> teamIds) {
        return new AccessScope(Kind.TEAMS, teamIds, null);
    }

    public static AccessScope provider(Long providerId) {
        return new AccessScope(Kind.PROVIDER, Set.of(), providerId);
    }

    public static AccessScope none() {
        return new AccessScope(Kind.NONE, Set.of(), null);
    }

    /** Team ids as an array for SQL {@code = any(?)}; never empty, so the query stays valid. */
    public Long[] teamIdArray() {
        return teamIds.isEmpty() ? new Long[] {-1L} : teamIds.toArray(Long[]::new);
    }
}
