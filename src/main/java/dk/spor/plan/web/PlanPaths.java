package dk.spor.plan.web;

/** Who may use the plan pages: caseworkers, team leaders and the head of service read; the first two write. */
final class PlanPaths {

    static final String READERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')";
    static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";
    static final String CONFLICT = "conflict";

    private PlanPaths() {
    }

    static String plan(long caseId) {
        return "redirect:/sager/" + caseId + "/plan";
    }
}
