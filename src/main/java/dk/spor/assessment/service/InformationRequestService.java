package dk.spor.assessment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dk.spor.assessment.InformationReceived;
import dk.spor.assessment.InformationRequestSent;
import dk.spor.assessment.domain.EditConflict;
import dk.spor.assessment.domain.InformationReply;
import dk.spor.assessment.domain.InformationRequest;
import dk.spor.assessment.domain.NewInformationRequest;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.organisation.CurrentUser;
import dk.spor.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests for information on an investigation, and their replies; each starts or stops a reply deadline. */
@Service
public class InformationRequestService {

    private final InvestigationService investigations;
    private final InformationRequestRepository requests;
    private final AssessmentChronology chronology;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InformationRequestService(InvestigationService investigations, InformationRequestRepository requests,
            AssessmentChronology chronology, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.investigations = investigations;
        this.requests = requests;
        this.chronology = chronology;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long send(CurrentUser user, long caseId, long investigationId, NewInformationRequest request) {
        var open = investigations.open(user, caseId, investigationId);
        LocalDate today = LocalDate.now(clock);
        open.investigation().requireChangeableOn(today);
        request.validate(today);
        long id = requests.insert(investigationId, request, user.id());
        chronology.record(caseId, clock.instant(), "information.sent",
                "Oplysninger anmodet fra " + request.recipientName(), request.purpose(), user.id());
        audit.write(AuditAction.CREATE, open.childId(), "information-request", id, "Anmodning om oplysninger");
        events.publishEvent(new InformationRequestSent(id, caseId, open.childId(), request.replyDue()));
        return id;
    }

    /** Registers the reply. Allowed after the investigation is completed too: a late reply is still a fact. */
    @Transactional
    public void receive(CurrentUser user, long caseId, long investigationId, long requestId, InformationReply reply,
            int expectedVersion) {
        var open = investigations.open(user, caseId, investigationId);
        LocalDate today = LocalDate.now(clock);
        open.investigation().requirePreliminaryAssessmentIfDueOn(today);
        InformationRequest request = requests.find(investigationId, requestId)
                .orElseThrow(() -> new NotFound("Information request " + requestId + " is not on the case"));
        if (request.version() != expectedVersion) {
            throw EditConflict.savedBySomeoneElse("Anmodningen");
        }
        reply.validate(request, today);
        Instant now = clock.instant();
        requests.receive(request, reply, user.id(), now);
        chronology.record(caseId, now, "information.received", "Svar modtaget fra " + request.recipientName(),
                reply.replySummary(), user.id());
        audit.write(AuditAction.UPDATE, open.childId(), "information-request", requestId, "Svar registreret");
        events.publishEvent(new InformationReceived(requestId, caseId, open.childId(), reply.receivedOn()));
    }
}
