package dk.spor.meeting.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.meeting.MeetingStatus;
import dk.spor.shared.Perspective;

/** A planned or held meeting with everything its pages show. */
public record Meeting(long id, long caseId, long childId, MeetingType type, MeetingStatus status, Instant startsAt,
        int durationMinutes, String place, String purpose, boolean childAttends, int extraMinutes,
        boolean supporterOffered, String supporterName, Instant agendaSentAt, String agendaSentByName,
        String agendaSentTo, String childView, Boolean childAlone, String childAloneSummary, String decisions,
        LocalDate nextFollowUpOn, boolean callChild, Instant heldAt, String minutesClosedByName,
        String plannedByName, int version, List<Participant> participants, List<AgendaItem> agenda,
        List<GoalReview> goalReviews) {

    public boolean isHeld() {
        return status == MeetingStatus.HELD;
    }

    /** The time set aside: the type's duration plus the extra time given when the child attends. */
    public int totalMinutes() {
        return durationMinutes + (childAttends ? extraMinutes : 0);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(totalMinutes()));
    }

    public boolean agendaSent() {
        return agendaSentAt != null;
    }

    public boolean hasChildAmongParticipants() {
        return participants.stream().anyMatch(p -> p.perspective() == Perspective.CHILD);
    }
}
