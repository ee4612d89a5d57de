package dk.spor.assessment.web;

/** The assessment pages' URLs and who may use them: every page is under the case it belongs to. */
final class AssessmentPaths {

    static final String CASE = "/sager/{caseId}/udredning";
    static final String INVESTIGATION = CASE + "/undersoegelser/{investigationId}";

    /** Caseworkers, team leaders and the head of service may read; caseworkers and team leaders may write. */
    static final String READERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')";
    static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    private AssessmentPaths() {
    }

    static String overview(long caseId) {
        return "redirect:/sager/" + caseId + "/udredning";
    }

    static String investigation(long caseId, long investigationId, String anchor) {
        return "redirect:/sager/" + caseId + "/udredning/undersoegelser/" + investigationId
                + (anchor == null ? "" : "#" + anchor);
    }
}
