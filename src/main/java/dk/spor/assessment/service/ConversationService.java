package dk.spor.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dk.spor.assessment.ConversationRecorded;
import dk.spor.assessment.domain.NewConversation;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.CasePhase;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.ClockConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records conversations. The first one takes a case from "notification received" to "initial conversations" (T1). */
@Service
public class ConversationService {

    private final CaseAccess access;
    private final ConversationRepository conversations;
    private final CaseFiles caseFiles;
    private final AssessmentChronology chronology;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationService(CaseAccess access, ConversationRepository conversations, CaseFiles caseFiles,
            AssessmentChronology chronology, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.caseFiles = caseFiles;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long record(CurrentUser user, long caseId, NewConversation conversation) {
        CaseFile caseFile = access.requireOpen(user, caseId);
        LocalDate today = LocalDate.now(clock);
        conversation.validate(today);
        if (caseFile.phase() == CasePhase.NOTIFICATION_RECEIVED) {
            caseFiles.moveTo(caseId, CasePhase.INITIAL_CONVERSATIONS, "Første samtale registreret", user.id());
        }
        Instant now = clock.instant();
        long id = conversations.insert(caseId, conversation, user.id(), now);
        Instant heldAt = conversation.heldOn().equals(today) ? now
                : conversation.heldOn().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant();
        chronology.record(caseId, heldAt, "conversation", conversation.kind().danishLabel(), conversation.summary(),
                user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "conversation", id, "Samtale registreret");
        events.publishEvent(new ConversationRecorded(id, caseId, caseFile.childId(), conversation.kind(),
                conversation.heldOn()));
        return id;
    }
}
