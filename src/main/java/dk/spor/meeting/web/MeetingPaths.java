package dk.spor.meeting.web;

/** Who may use the meeting pages: caseworkers and team leaders write; the head of service may also read. */
final class MeetingPaths {

    static final String READERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')";
    static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    private MeetingPaths() {
    }

    static String meeting(long id) {
        return "redirect:/moeder/" + id;
    }
}
