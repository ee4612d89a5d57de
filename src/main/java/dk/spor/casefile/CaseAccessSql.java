package dk.spor.casefile;

import java.util.Map;

import dk.spor.organisation.AccessScope;

/**
 * The SQL predicate that limits a query to the cases a user may see, so access is enforced in the database
 * query and never only by hiding links. Use with named parameters.
 */
public final class CaseAccessSql {

    private CaseAccessSql() {
    }

    /** A predicate over the case table aliased {@code alias}. */
    public static String visibleCase(String alias) {
        return "(:scopeKind = 'ALL' or (:scopeKind = 'TEAMS' and " + alias + ".team_id = any(:scopeTeams)))";
    }

    /** A predicate over a child id column: the child has a case the user may see. */
    public static String visibleChild(String childIdColumn) {
        return "exists (select 1 from case_file vc where vc.child_id = " + childIdColumn + " and "
                + visibleCase("vc") + ")";
    }

    public static Map<String, Object> params(AccessScope scope) {
        return Map.of("scopeKind", scope.kind().name(), "scopeTeams", scope.teamIdArray());
    }
}
