package dk.spor.meeting.service;

import java.util.List;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.meeting.MeetingSummary;
import dk.spor.meeting.domain.Meeting;
import dk.spor.organisation.CurrentUser;
import dk.spor.plan.Goal;
import dk.spor.plan.Goals;
import org.springframework.stereotype.Service;

/** Reads meetings for the pages and the API, under the user's access to the case, and audits each read. */
@Service
public class MeetingQueries {

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final FollowUpCalls calls;
    private final CaseFiles caseFiles;
    private final Goals goals;
    private final AuditLog audit;

    MeetingQueries(MeetingRepository meetings, MeetingAccess access, FollowUpCalls calls, CaseFiles caseFiles,
            Goals goals, AuditLog audit) {
        this.meetings = meetings;
        this.access = access;
        this.calls = calls;
        this.caseFiles = caseFiles;
        this.goals = goals;
        this.audit = audit;
    }

    public Meeting meeting(CurrentUser user, long meetingId) {
        Meeting meeting = access.require(user, meetingId);
        audit.read(meeting.childId(), "meeting", meetingId, "Møde læst");
        return meeting;
    }

    public CaseMeetings caseMeetings(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "case-meetings", caseId, "Sagens møder læst");
        return new CaseMeetings(caseFile, meetings.summariesOfCase(caseId), calls.ofCase(caseId));
    }

    /** The goals the minutes review: the case's active goals (access was checked with the meeting). */
    public List<Goal> activeGoals(Meeting meeting) {
        return goals.activeOfCase(meeting.caseId());
    }

    public CaseFile caseFile(CurrentUser user, long caseId) {
        return caseFiles.requireCase(user, caseId);
    }

    /** For other modules: no access check, no audit (the caller does both). */
    public List<MeetingSummary> summariesOfCase(long caseId) {
        return meetings.summariesOfCase(caseId);
    }
}
