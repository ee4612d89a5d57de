package dk.spor.followup.web;

/** Who may use the follow-up pages, and where they are. */
final class FollowUpPaths {

    /** Caseworkers, team leaders and the head of service may read; caseworkers and team leaders may write. */
    static final String READERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')";
    static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    static final String CONTACTS = "/sager/{caseId}/kontakter";
    static final String CASE_INBOX = "/sager/{caseId}/ny-viden";
    static final String ITEM = CASE_INBOX + "/{id}";
    static final String CLOSING = "/sager/{caseId}/afslut";

    private FollowUpPaths() {
    }

    static String item(long caseId, long id) {
        return "/sager/" + caseId + "/ny-viden/" + id;
    }
}
