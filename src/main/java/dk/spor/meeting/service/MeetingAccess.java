package dk.spor.meeting.service;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.MeetingChangedConcurrently;
import dk.spor.meeting.domain.MeetingRejected;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.NotFound;
import org.springframework.stereotype.Component;

/** Loads a meeting only for a user who may see its case (otherwise 404 and an audited attempt). */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final CaseFiles caseFiles;

    MeetingAccess(MeetingRepository meetings, CaseFiles caseFiles) {
        this.meetings = meetings;
        this.caseFiles = caseFiles;
    }

    Meeting require(CurrentUser user, long meetingId) {
        long caseId = meetings.caseOf(meetingId).orElseThrow(() -> new NotFound("Meeting " + meetingId));
        caseFiles.requireCase(user, caseId);
        return meetings.find(meetingId).orElseThrow();
    }

    /** The planned meeting the user may change, or a Danish refusal when it is held or the case is closed. */
    Meeting requirePlanned(CurrentUser user, long meetingId, String what) {
        Meeting meeting = require(user, meetingId);
        CaseFile caseFile = caseFiles.requireCase(user, meeting.caseId());
        if (meeting.isHeld()) {
            throw new MeetingRejected("Mødet er holdt, og referatet er afsluttet. " + what + " kan ikke ændres længere.");
        }
        if (!caseFile.isOpen()) {
            throw new MeetingRejected("Sagen er lukket. " + what + " kan ikke ændres.");
        }
        return meeting;
    }

    /** Claims the meeting for a change: raises its version, or refuses if someone else saved since it was shown. */
    void claim(long meetingId, int expectedVersion, String what) {
        if (!meetings.bumpVersion(meetingId, expectedVersion)) {
            throw new MeetingChangedConcurrently(what);
        }
    }
}
