package dk.spor.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.meeting.FollowUpCallRecorded;
import dk.spor.meeting.domain.CallRecord;
import dk.spor.meeting.domain.FollowUpCall;
import dk.spor.meeting.domain.FollowUpTasks;
import dk.spor.meeting.domain.FollowUpTasks.Callee;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.MeetingChangedConcurrently;
import dk.spor.meeting.domain.MeetingRejected;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import dk.spor.shared.Perspective;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone call to each parent (and possibly the child) within 14 days of a start-up, follow-up or notification
 * meeting (local practice, Fredericia): one task per person, each with its own deadline, met when the call is made.
 */
@Service
public class FollowUpCalls {

    static final String SUBJECT = "MEETING_CALL";
    private static final String SELECT = """
            select c.id, c.meeting_id, c.case_id, c.child_id, t.name as meeting_type_name,
                   m.starts_at as meeting_starts_at, c.perspective, c.person_name, c.relation_label, c.due_at,
                   c.called_at, c.intervention_started, c.good_development, c.notes, u.full_name as called_by_name,
                   c.version
              from meeting_call c
              join meeting m on m.id = c.meeting_id
              join meeting_type t on t.code = m.type_code
              left join app_user u on u.id = c.called_by""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpCalls(JdbcClient jdbc, CaseFiles caseFiles, Deadlines deadlines, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The case's calls, those still to make first. The caller has checked access to the case. */
    public List<FollowUpCall> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where c.case_id = ? order by c.called_at is not null, c.due_at, c.id")
                .param(caseId).query(FollowUpCalls::map).list();
    }

    public FollowUpCall call(CurrentUser user, long callId) {
        FollowUpCall call = find(callId).orElseThrow(() -> new NotFound("Call " + callId));
        caseFiles.requireCase(user, call.caseId());
        audit.read(call.childId(), "meeting-call", callId, "Telefonopfølgning læst");
        return call;
    }

    /** Records the call, meets its deadline and tells the contact log. */
    @Transactional
    public void record(CurrentUser user, long callId, int version, CallRecord record) {
        FollowUpCall call = call(user, callId);
        if (call.isMade()) {
            throw new MeetingRejected("Opkaldet er allerede registreret.");
        }
        Instant now = clock.instant();
        LocalDate meetingDate = call.meetingStartsAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate();
        FieldErrors errors = record.validate(LocalDate.now(clock), meetingDate);
        Instant calledAt = record.calledOn() == null || record.calledTime() == null ? null
                : ZonedDateTime.of(record.calledOn(), record.calledTime(), ClockConfiguration.DANISH_TIME).toInstant();
        if (calledAt != null && calledAt.isAfter(now)) {
            errors.reject("calledTime", "Opkaldet kan ikke ligge i fremtiden.");
        }
        errors.throwIfAny();
        int updated = jdbc.sql("""
                update meeting_call set called_at = ?, intervention_started = ?, good_development = ?, notes = ?,
                       called_by = ?, version = version + 1
                 where id = ? and version = ? and called_at is null""")
                .param(MeetingRepository.timestamp(calledAt)).param(MeetingPlanning.blankToNull(record.interventionStarted()))
                .param(MeetingPlanning.blankToNull(record.goodDevelopment()))
                .param(MeetingPlanning.blankToNull(record.notes())).param(user.id()).param(callId).param(version)
                .update();
        if (updated != 1) {
            throw new MeetingChangedConcurrently("Opkaldet");
        }
        deadlines.complete(FollowUpTasks.PARENT_CALL, SUBJECT, callId, calledAt);
        caseFiles.record(call.caseId(), calledAt, "meeting.call", "Telefonopfølgning med " + call.personName()
                + " (" + call.relationLabel() + ")", "Efter " + call.meetingTypeName().toLowerCase() + ". "
                + record.summary(), user.id());
        audit.write(AuditAction.UPDATE, call.childId(), "meeting-call", callId, "Telefonopfølgning registreret");
        events.publishEvent(new FollowUpCallRecorded(callId, call.meetingId(), call.caseId(), call.childId(),
                call.personName(), calledAt, record.summary()));
    }

    /** One call task per callee, each with the rule's deadline from the meeting. */
    void create(Meeting meeting, List<Callee> callees, Instant heldAt) {
        for (Callee callee : callees) {
            long id = jdbc.sql("""
                    insert into meeting_call (meeting_id, case_id, child_id, perspective, person_id, person_name,
                                              relation_label)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .param(meeting.id()).param(meeting.caseId()).param(meeting.childId())
                    .param(callee.perspective().name()).param(callee.personId()).param(callee.name())
                    .param(callee.relationLabel()).query(Long.class).single();
            Optional<Deadline> deadline = deadlines.start(new DeadlineTriggered(FollowUpTasks.PARENT_CALL, SUBJECT, id,
                    meeting.caseId(), meeting.childId(), null, heldAt), "Ring efter mødet til " + callee.name()
                    + (callee.relationLabel() == null ? "" : " (" + callee.relationLabel().toLowerCase(Locale.ROOT) + ")"));
            deadline.ifPresent(d -> jdbc.sql("update meeting_call set due_at = ? where id = ?")
                    .param(MeetingRepository.timestamp(d.dueAt())).param(id).update());
        }
    }

    private Optional<FollowUpCall> find(long callId) {
        return jdbc.sql(SELECT + " where c.id = ?").param(callId).query(FollowUpCalls::map).optional();
    }

    private static FollowUpCall map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FollowUpCall(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("case_id"),
                rs.getLong("child_id"), rs.getString("meeting_type_name"),
                MeetingRepository.instant(rs, "meeting_starts_at"), Perspective.valueOf(rs.getString("perspective")),
                rs.getString("person_name"), rs.getString("relation_label"), MeetingRepository.instant(rs, "due_at"),
                MeetingRepository.instant(rs, "called_at"), rs.getString("intervention_started"),
                rs.getString("good_development"), rs.getString("notes"), rs.getString("called_by_name"),
                rs.getInt("version"));
    }
}
