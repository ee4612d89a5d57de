package dk.spor.meeting.service;

import java.util.List;

import dk.spor.casefile.CaseFile;
import dk.spor.meeting.MeetingStatus;
import dk.spor.meeting.MeetingSummary;
import dk.spor.meeting.domain.FollowUpCall;

/** A case's meetings and the calls after them, as the case's meeting page and the child's page show them. */
public record CaseMeetings(CaseFile caseFile, List<MeetingSummary> meetings, List<FollowUpCall> calls) {

    public List<MeetingSummary> planned() {
        return meetings.stream().filter(m -> m.status() == MeetingStatus.PLANNED).toList();
    }

    /** Held meetings, newest first. */
    public List<MeetingSummary> held() {
        return meetings.stream().filter(m -> m.status() == MeetingStatus.HELD)
                .sorted((a, b) -> b.startsAt().compareTo(a.startsAt())).toList();
    }

    public List<FollowUpCall> callsToMake() {
        return calls.stream().filter(call -> !call.isMade()).toList();
    }

    public List<FollowUpCall> callsMade() {
        return calls.stream().filter(FollowUpCall::isMade).toList();
    }
}
