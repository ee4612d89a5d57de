package dk.spor.casefile;

import java.util.Map;

import dk.spor.organisation.AccessScope;

/**
 * The SQL predicate that limits a query to the cases a user may see, so access is enforced in the database
 * query and never only by hiding links. Use with named parameters.
 *
 * <p>Two depths of access share the predicate. {@link #params} is the user's whole scope: a team's cases for its
 * staff, every case for the head of service, and for a provider (udfører) exactly the cases where its organisation
 * delivers a running intervention, so access ends the day the intervention ends. {@link #recordParams} is the case
 * record itself (concern reports, investigations, decisions, the chronology, the case lists), which only the
 * municipality's own staff may read; a provider's record scope is empty.
 */
public final class CaseAccessSql {

    private CaseAccessSql() {
    }

    /** A predicate over the case table aliased {@code alias}. */
    public static String visibleCase(String alias) {
        return "(:scopeKind = 'ALL' or (:scopeKind = 'TEAMS' and " + alias + ".team_id = any(:scopeTeams))"
                + " or (:scopeKind = 'PROVIDER' and exists (select 1 from intervention pi where pi.provider_id = "
                + ":scopeProvider and pi.case_id = " + alias + ".id and pi.status = 'RUNNING')))";
    }

    /** A predicate over a child id column: the child has a case the user may see. */
    public static String visibleChild(String childIdColumn) {
        return "exists (select 1 from case_file vc where vc.child_id = " + childIdColumn + " and "
                + visibleCase("vc") + ")";
    }

    /** The user's whole scope, a provider's delivered children included: for the views a provider may use. */
    public static Map<String, Object> params(AccessScope scope) {
        return Map.of("scopeKind", scope.kind().name(), "scopeTeams", scope.teamIdArray(),
                "scopeProvider", scope.providerId() == null ? -1L : scope.providerId());
    }

    /** The scope for the case record: the same as {@link #params} for the municipality's staff, empty for a provider. */
    public static Map<String, Object> recordParams(AccessScope scope) {
        return params(recordScope(scope));
    }

    static AccessScope recordScope(AccessScope scope) {
        return scope.kind() == AccessScope.Kind.PROVIDER ? AccessScope.none() : scope;
    }
}
