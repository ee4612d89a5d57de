package dk.spor.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadlines;
import dk.spor.document.PdfDocuments;
import dk.spor.meeting.MeetingPlanned;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.MeetingPlan;
import dk.spor.meeting.domain.MeetingType;
import dk.spor.meeting.domain.NewParticipant;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.People;
import dk.spor.platform.ClockConfiguration;
import dk.spor.platform.web.DanishFormat;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning a meeting, its agenda (from the type's template, then edited), sending it and printing it. */
@Service
public class MeetingPlanning {

    static final String CASE_SUBJECT = "CASE";

    private final JdbcClient jdbc;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final CaseFiles caseFiles;
    private final People people;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PdfDocuments documents;
    private final DanishFormat format;
    private final Clock clock;

    MeetingPlanning(JdbcClient jdbc, MeetingRepository meetings, MeetingAccess access, CaseFiles caseFiles,
            People people, Deadlines deadlines, AuditLog audit, ApplicationEventPublisher events,
            PdfDocuments documents, DanishFormat format, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.access = access;
        this.caseFiles = caseFiles;
        this.people = people;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.documents = documents;
        this.format = format;
        this.clock = clock;
    }

    public List<MeetingType> types() {
        return meetings.types();
    }

    /**
     * Plans a meeting with the agenda of its type, notes it in the chronology, and meets the deadlines the type meets
     * when planned (the start-up meeting's booking deadline).
     */
    @Transactional
    public long plan(CurrentUser user, long caseId, MeetingPlan plan) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        FieldErrors errors = plan.validate(LocalDate.now(clock));
        MeetingType type = plan.typeCode() == null ? null : meetings.type(plan.typeCode()).orElse(null);
        if (plan.typeCode() != null && type == null) {
            errors.reject("typeCode", "Vælg hvilken slags møde det er.");
        }
        if (!caseFile.isOpen()) {
            errors.reject("typeCode", "Sagen er lukket. Der kan ikke planlægges møder på en lukket sag.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        Instant startsAt = ZonedDateTime.of(plan.date(), plan.time(), ClockConfiguration.DANISH_TIME).toInstant();
        long id = jdbc.sql("""
                insert into meeting (case_id, child_id, type_code, status, starts_at, duration_minutes, place, purpose,
                                     child_attends, extra_minutes, supporter_offered, supporter_name, planned_by,
                                     planned_at)
                values (?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(type.code()).param(MeetingRepository.timestamp(startsAt))
                .param(plan.durationMinutes()).param(plan.place().strip()).param(blankToNull(plan.purpose()))
                .param(plan.childAttends()).param(plan.childAttends() ? plan.extraMinutes() : 0)
                .param(plan.supporterOffered()).param(blankToNull(plan.supporterName())).param(user.id())
                .param(MeetingRepository.timestamp(now)).query(Long.class).single();
        insertParticipants(id, plan.participants());
        jdbc.sql("""
                insert into meeting_agenda_item (meeting_id, position, title, guidance)
                select ?, position, title, guidance from meeting_type_agenda_item where type_code = ?""")
                .param(id).param(type.code()).update();
        caseFiles.record(caseId, now, "meeting.planned", type.name() + " planlagt", format.dateTime(startsAt) + ", "
                + plan.place().strip() + ". Deltagere: " + String.join(", ",
                        plan.participants().stream().map(NewParticipant::name).toList()) + ".", user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "meeting", id, type.name() + " planlagt");
        type.rulesMetWhenPlanned().forEach(rule -> deadlines.complete(rule, CASE_SUBJECT, caseId, now));
        events.publishEvent(new MeetingPlanned(id, caseId, caseFile.childId(), type.code(), startsAt, user.id()));
        return id;
    }

    /**
     * Plans a follow-up meeting on a date, e.g. when an assessment of new information finds that the intervention
     * must be adjusted (seed 001 §4.6): the parents and the caseworker are invited, the place is agreed later.
     */
    @Transactional
    public long planFollowUp(CurrentUser user, long caseId, LocalDateTime startsAt, String reason) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        MeetingType type = meetings.type(MeetingType.FOLLOW_UP).orElseThrow();
        List<NewParticipant> participants = new ArrayList<>();
        people.relationsOf(caseFile.childId()).stream().filter(p -> p.custody())
                .forEach(p -> participants.add(new NewParticipant(Perspective.PARENT, p.fullName(),
                        p.relation().danishLabel(), p.personId())));
        participants.add(new NewParticipant(Perspective.CASEWORKER, user.fullName(), Perspective.CASEWORKER.label(), null));
        return plan(user, caseId, new MeetingPlan(type.code(), startsAt.toLocalDate(), startsAt.toLocalTime(),
                type.defaultDurationMinutes(), "Aftales med familien", reason, false, null, false, null, participants));
    }

    /** Replaces the agenda of a planned meeting with the edited items (blank titles are left out). */
    @Transactional
    public void editAgenda(CurrentUser user, long meetingId, int version, List<AgendaDraft> items) {
        Meeting meeting = access.requirePlanned(user, meetingId, "Dagsordenen");
        List<AgendaDraft> kept = items.stream().filter(item -> item.title() != null && !item.title().isBlank()).toList();
        FieldErrors errors = new FieldErrors();
        if (kept.isEmpty()) {
            errors.reject("agenda", "Dagsordenen skal have mindst ét punkt.");
        }
        kept.forEach(item -> errors.maxLength("agenda", item.title(), FieldErrors.MAX_LINE)
                .text("agenda", item.guidance()));
        errors.throwIfAny();
        access.claim(meetingId, version, "Dagsordenen");
        jdbc.sql("delete from meeting_agenda_item where meeting_id = ?").param(meetingId).update();
        for (int i = 0; i < kept.size(); i++) {
            jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title, guidance) values (?, ?, ?, ?)")
                    .param(meetingId).param(i + 1).param(kept.get(i).title().strip())
                    .param(blankToNull(kept.get(i).guidance())).update();
        }
        audit.write(AuditAction.UPDATE, meeting.childId(), "meeting", meetingId, "Dagsorden ændret");
    }

    /** Records that the agenda was sent, by whom, when and to whom (seed 001 T6: as soon as the date is fixed). */
    @Transactional
    public void sendAgenda(CurrentUser user, long meetingId, int version, String recipients) {
        Meeting meeting = access.requirePlanned(user, meetingId, "Dagsordenen");
        new FieldErrors().requiredText("recipients", recipients, "Skriv hvem dagsordenen er sendt til.").throwIfAny();
        access.claim(meetingId, version, "Mødet");
        Instant now = clock.instant();
        jdbc.sql("update meeting set agenda_sent_at = ?, agenda_sent_by = ?, agenda_sent_to = ? where id = ?")
                .param(MeetingRepository.timestamp(now)).param(user.id()).param(recipients.strip()).param(meetingId)
                .update();
        caseFiles.record(meeting.caseId(), now, "meeting.agenda-sent", "Dagsorden sendt: " + meeting.type().name(),
                "Mødet " + format.dateTime(meeting.startsAt()) + ". Sendt til: " + recipients.strip() + ".", user.id());
        audit.write(AuditAction.UPDATE, meeting.childId(), "meeting", meetingId, "Dagsorden sendt");
    }

    /** The agenda as a PDF/UA document to print or send; the export is audited. */
    public byte[] agendaPdf(CurrentUser user, long meetingId, String municipalityName) {
        Meeting meeting = access.require(user, meetingId);
        var child = people.child(meeting.childId()).orElseThrow();
        audit.write(AuditAction.EXPORT, meeting.childId(), "meeting", meetingId, "Dagsorden dannet som PDF");
        return documents.render("meeting-agenda", Map.of("meeting", meeting, "child", child,
                "municipalityName", municipalityName));
    }

    private void insertParticipants(long meetingId, List<NewParticipant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            NewParticipant p = participants.get(i);
            jdbc.sql("""
                    insert into meeting_participant (meeting_id, position, perspective, name, role_label, person_id)
                    values (?, ?, ?, ?, ?, ?)""")
                    .param(meetingId).param(i + 1).param(p.perspective().name()).param(p.name().strip())
                    .param(blankToNull(p.roleLabel())).param(p.personId()).update();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An agenda item as edited on the meeting page. */
    public record AgendaDraft(String title, String guidance) {
    }
}
