package dk.spor.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.DeadlineDuration;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.meeting.MeetingHeld;
import dk.spor.meeting.domain.FollowUpTasks;
import dk.spor.meeting.domain.GoalReview;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.Minutes;
import dk.spor.meeting.domain.Participant;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.People;
import dk.spor.plan.Goal;
import dk.spor.plan.Goals;
import dk.spor.platform.ClockConfiguration;
import dk.spor.platform.web.DanishFormat;
import dk.spor.shared.Perspective;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: saved as a draft while the meeting runs, and closed when the next follow-up date is set.
 * Closing holds the meeting and sets going what its type says: the deadlines it meets, the follow-up cadence to the
 * agreed date, and a phone call to each parent.
 */
@Service
public class MeetingMinutes {

    private final JdbcClient jdbc;
    private final MeetingAccess access;
    private final Goals goals;
    private final People people;
    private final FollowUpCalls calls;
    private final Deadlines deadlines;
    private final CaseFiles caseFiles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DanishFormat format;
    private final Clock clock;

    MeetingMinutes(JdbcClient jdbc, MeetingAccess access, Goals goals, People people, FollowUpCalls calls,
            Deadlines deadlines, CaseFiles caseFiles, AuditLog audit, ApplicationEventPublisher events,
            DanishFormat format, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.goals = goals;
        this.people = people;
        this.calls = calls;
        this.deadlines = deadlines;
        this.caseFiles = caseFiles;
        this.audit = audit;
        this.events = events;
        this.format = format;
        this.clock = clock;
    }

    @Transactional
    public void saveDraft(CurrentUser user, long meetingId, int version, Minutes minutes) {
        Meeting meeting = access.requirePlanned(user, meetingId, "Referatet");
        minutes.validateDraft().throwIfAny();
        access.claim(meetingId, version, "Referatet");
        write(meeting, minutes);
        audit.write(AuditAction.UPDATE, meeting.childId(), "meeting", meetingId, "Referat gemt som kladde");
    }

    /** Closes the minutes: the meeting is held at its start time, and the next follow-up is due on the agreed date. */
    @Transactional
    public void close(CurrentUser user, long meetingId, int version, Minutes minutes) {
        Meeting meeting = access.requirePlanned(user, meetingId, "Referatet");
        Instant now = clock.instant();
        LocalDate meetingDate = meeting.startsAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate();
        minutes.validateForClosing(meetingDate, !meeting.startsAt().isAfter(now)).throwIfAny();
        access.claim(meetingId, version, "Referatet");
        write(meeting, minutes);
        Instant heldAt = meeting.startsAt();
        jdbc.sql("update meeting set status = 'HELD', held_at = ?, minutes_closed_by = ? where id = ?")
                .param(MeetingRepository.timestamp(heldAt)).param(user.id()).param(meetingId).update();
        caseFiles.record(meeting.caseId(), heldAt, "meeting.held", meeting.type().name() + " holdt",
                heldSummary(meeting, minutes), user.id());
        audit.write(AuditAction.UPDATE, meeting.childId(), "meeting", meetingId, "Referat afsluttet");
        startFollowUpTasks(meeting, minutes, heldAt);
        boolean childAttended = meeting.participants().stream().anyMatch(p -> p.perspective() == Perspective.CHILD
                && minutes.attended().contains(p.id()));
        events.publishEvent(new MeetingHeld(meetingId, meeting.caseId(), meeting.childId(), meeting.type().code(),
                heldAt, minutes.nextFollowUpOn(), childAttended, Boolean.TRUE.equals(minutes.childAlone()), user.id()));
    }

    /** Meets the rules the type meets when held first, so the follow-up cadence then starts afresh to the agreed date. */
    private void startFollowUpTasks(Meeting meeting, Minutes minutes, Instant heldAt) {
        long caseId = meeting.caseId();
        meeting.type().rulesMetWhenHeld()
                .forEach(rule -> deadlines.complete(rule, MeetingPlanning.CASE_SUBJECT, caseId, heldAt));
        Instant agreedDue = minutes.nextFollowUpOn().atTime(DeadlineDuration.END_OF_DAY)
                .atZone(ClockConfiguration.DANISH_TIME).toInstant();
        FollowUpTasks.rulesDueOnNextFollowUp(meeting.type()).forEach(rule -> deadlines.startDueAt(
                DeadlineTriggered.onCase(rule, MeetingPlanning.CASE_SUBJECT, caseId, caseId, heldAt), agreedDue));
        FollowUpTasks.rulesWithOwnDuration(meeting.type()).forEach(rule -> deadlines.start(
                DeadlineTriggered.onCase(rule, "MEETING", meeting.id(), caseId, heldAt)));
        var child = people.child(meeting.childId()).orElseThrow();
        calls.create(meeting, FollowUpTasks.callees(meeting.type(), people.relationsOf(child.id()), child,
                minutes.callChild()), heldAt);
    }

    private void write(Meeting meeting, Minutes minutes) {
        long id = meeting.id();
        jdbc.sql("""
                update meeting set child_view = ?, child_alone = ?, child_alone_summary = ?, decisions = ?,
                       next_follow_up_on = ?, call_child = ?
                 where id = ?""")
                .param(MeetingPlanning.blankToNull(minutes.childView())).param(minutes.childAlone())
                .param(MeetingPlanning.blankToNull(minutes.childAloneSummary()))
                .param(MeetingPlanning.blankToNull(minutes.decisions())).param(minutes.nextFollowUpOn())
                .param(minutes.callChild()).param(id).update();
        minutes.itemMinutes().forEach((itemId, text) -> jdbc.sql(
                "update meeting_agenda_item set minutes = ? where id = ? and meeting_id = ?")
                .param(MeetingPlanning.blankToNull(text)).param(itemId).param(id).update());
        for (Participant participant : meeting.participants()) {
            jdbc.sql("update meeting_participant set attended = ? where id = ?")
                    .param(minutes.attended().contains(participant.id())).param(participant.id()).update();
        }
        writeGoalReviews(meeting, minutes.goalReviews());
    }

    /** Keeps the goal's title as it was at the meeting; goals of other cases are ignored. */
    private void writeGoalReviews(Meeting meeting, List<GoalReview> reviews) {
        Map<Long, Goal> caseGoals = goals.ofCase(meeting.caseId()).stream()
                .collect(Collectors.toMap(Goal::id, Function.identity()));
        jdbc.sql("delete from meeting_goal_review where meeting_id = ?").param(meeting.id()).update();
        reviews.stream().filter(review -> !review.isEmpty() && caseGoals.containsKey(review.goalId()))
                .forEach(review -> jdbc.sql("""
                        insert into meeting_goal_review (meeting_id, goal_id, goal_title, worries, working, must_happen)
                        values (?, ?, ?, ?, ?, ?)""")
                        .param(meeting.id()).param(review.goalId()).param(caseGoals.get(review.goalId()).title())
                        .param(MeetingPlanning.blankToNull(review.worries()))
                        .param(MeetingPlanning.blankToNull(review.working()))
                        .param(MeetingPlanning.blankToNull(review.mustHappen())).update());
    }

    private String heldSummary(Meeting meeting, Minutes minutes) {
        List<String> present = meeting.participants().stream().filter(p -> minutes.attended().contains(p.id()))
                .map(Participant::label).toList();
        String decisions = MeetingPlanning.blankToNull(minutes.decisions());
        return "Deltog: " + (present.isEmpty() ? "ikke angivet" : String.join(", ", present)) + "."
                + (Boolean.TRUE.equals(minutes.childAlone()) ? " Samtale med barnet alene holdt." : "")
                + (decisions == null ? "" : " Beslutninger: " + decisions)
                + " Næste opfølgning: " + format.date(minutes.nextFollowUpOn()) + ".";
    }
}
