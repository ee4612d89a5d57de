package dk.spor.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.meeting.MeetingStatus;
import dk.spor.meeting.domain.FollowUpCall;
import dk.spor.meeting.domain.GoalReview;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.service.CaseMeetings;
import dk.spor.meeting.service.MeetingQueries;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.Perspective;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's meetings and the calls after them as JSON, under the same access rules and audit as the pages.
 * Participants are given by perspective and role, not by name: the API does not repeat personal data.
 */
@RestController
@PreAuthorize(MeetingPaths.READERS)
class MeetingApiController {

    private final MeetingQueries queries;
    private final CurrentUsers currentUsers;

    MeetingApiController(MeetingQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/cases/{caseId}/meetings")
    CaseMeetingsResource meetings(@PathVariable long caseId) {
        CurrentUser user = currentUsers.require();
        CaseMeetings page = queries.caseMeetings(user, caseId);
        List<MeetingResource> meetings = page.meetings().stream()
                .map(summary -> MeetingResource.of(queries.meeting(user, summary.id()))).toList();
        return new CaseMeetingsResource(caseId, page.caseFile().childId(), meetings,
                page.calls().stream().map(CallResource::of).toList());
    }

    record CaseMeetingsResource(long caseId, long childId, List<MeetingResource> meetings, List<CallResource> calls) {
    }

    record MeetingResource(long id, String type, String typeName, MeetingStatus status, Instant startsAt,
            int durationMinutes, int extraMinutes, String place, boolean childAttends, boolean supporterOffered,
            Instant agendaSentAt, List<ParticipantResource> participants, List<AgendaItemResource> agenda,
            Boolean childHeardAlone, List<GoalReview> goalReviews, String decisions, Instant heldAt,
            LocalDate nextFollowUpOn) {

        static MeetingResource of(Meeting m) {
            return new MeetingResource(m.id(), m.type().code(), m.type().name(), m.status(), m.startsAt(),
                    m.durationMinutes(), m.childAttends() ? m.extraMinutes() : 0, m.place(), m.childAttends(),
                    m.supporterOffered(), m.agendaSentAt(),
                    m.participants().stream().map(p -> new ParticipantResource(p.perspective(), p.roleLabel(),
                            p.attended())).toList(),
                    m.agenda().stream().map(i -> new AgendaItemResource(i.position(), i.title(), i.minutes())).toList(),
                    m.childAlone(), m.goalReviews(), m.decisions(), m.heldAt(), m.nextFollowUpOn());
        }
    }

    record ParticipantResource(Perspective perspective, String role, Boolean attended) {
    }

    record AgendaItemResource(int position, String title, String minutes) {
    }

    record CallResource(long id, long meetingId, Perspective perspective, String relation, Instant dueAt,
            Instant calledAt) {

        static CallResource of(FollowUpCall call) {
            return new CallResource(call.id(), call.meetingId(), call.perspective(), call.relationLabel(),
                    call.dueAt(), call.calledAt());
        }
    }
}
