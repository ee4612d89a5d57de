package dk.spor.meeting;

import java.time.LocalDateTime;
import java.util.List;

import dk.spor.meeting.service.MeetingPlanning;
import dk.spor.meeting.service.MeetingQueries;
import dk.spor.organisation.CurrentUser;
import org.springframework.stereotype.Service;

/** The meetings module as other modules use it. */
@Service
public class Meetings {

    private final MeetingQueries queries;
    private final MeetingPlanning planning;

    Meetings(MeetingQueries queries, MeetingPlanning planning) {
        this.queries = queries;
        this.planning = planning;
    }

    /** The case's meetings, planned and held, in time order. Callers check access to the case first. */
    public List<MeetingSummary> ofCase(long caseId) {
        return queries.summariesOfCase(caseId);
    }

    /**
     * Plans a follow-up meeting on the case at {@code startsAt} (place to be agreed) with the custody holders and the
     * user, e.g. when new information calls for adjusting the intervention; {@code reason} becomes its purpose.
     * Checks the user's access to the case, audits and notes it in the chronology; returns the meeting's id.
     *
     * @throws dk.spor.shared.ValidationFailed when the date is outside what a meeting may be planned for
     */
    public long planFollowUp(CurrentUser user, long caseId, LocalDateTime startsAt, String reason) {
        return planning.planFollowUp(user, caseId, startsAt, reason);
    }
}
