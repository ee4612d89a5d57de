package dk.spor.followup.api;

import java.time.Instant;
import java.util.List;

import dk.spor.assessment.InvestigationKind;
import dk.spor.followup.AssessmentOutcome;
import dk.spor.followup.Contact;
import dk.spor.followup.ContactChannel;
import dk.spor.followup.ContactLog;
import dk.spor.followup.Counterpart;
import dk.spor.followup.NewAssessment;
import dk.spor.followup.NewContact;
import dk.spor.followup.NewInformation;
import dk.spor.followup.NewInformationInbox;
import dk.spor.followup.NewInformationSource;
import dk.spor.organisation.CurrentUsers;
import dk.spor.platform.web.ApiProblems;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact log and the new-information inbox of a case as JSON, under the same access rules, validation and audit
 * as the pages. The child is named by id only.
 */
@RestController
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
class FollowUpApiController {

    private static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";

    private final ContactLog contacts;
    private final NewInformationInbox inbox;
    private final CurrentUsers currentUsers;

    FollowUpApiController(ContactLog contacts, NewInformationInbox inbox, CurrentUsers currentUsers) {
        this.contacts = contacts;
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/v1/cases/{caseId}/contacts")
    List<Contact> contacts(@PathVariable long caseId) {
        return contacts.ofCase(currentUsers.require(), caseId);
    }

    @PostMapping("/api/v1/cases/{caseId}/contacts")
    @PreAuthorize(WRITERS)
    ResponseEntity<Contact> record(@PathVariable long caseId, @RequestBody ContactRequest request) {
        Contact saved = contacts.record(currentUsers.require(), caseId, request.toContact());
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/api/v1/cases/{caseId}/new-information")
    List<NewInformationResource> newInformation(@PathVariable long caseId) {
        return inbox.ofCase(currentUsers.require(), caseId).stream().map(NewInformationResource::of).toList();
    }

    @PostMapping("/api/v1/cases/{caseId}/new-information/{id}/assessment")
    @PreAuthorize(WRITERS)
    NewInformationResource assess(@PathVariable long caseId, @PathVariable long id,
            @RequestBody AssessmentRequest request) {
        return NewInformationResource.of(inbox.assess(currentUsers.require(), caseId, id, request.version(),
                request.toAssessment()));
    }

    /** Someone else assessed the item first: 409, so the client can reload and decide. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        ProblemDetail problem = ApiProblems.of(HttpStatus.CONFLICT, "Oplysningen er allerede vurderet af en anden. "
                + "Hent den igen for at se vurderingen.");
        problem.setTitle("Konflikt");
        return problem;
    }

    /** A contact to log; {@code personId} names one of the child's relations, otherwise {@code personName}. */
    record ContactRequest(ContactChannel channel, Counterpart counterpart, Long personId, String personName,
            Instant occurredAt, String summary, String childWords) {

        NewContact toContact() {
            return new NewContact(channel, counterpart, personId, personName, occurredAt, summary, childWords);
        }
    }

    /** An assessment; {@code version} is the item's version as read, for optimistic locking. */
    record AssessmentRequest(AssessmentOutcome outcome, String assessment, List<Long> interventionIds,
            String adjustment, Instant meetingStartsAt, InvestigationKind investigationKind, int version) {

        NewAssessment toAssessment() {
            return new NewAssessment(outcome, assessment, interventionIds, adjustment, meetingStartsAt,
                    investigationKind);
        }
    }

    record NewInformationResource(long id, NewInformationSource source, long sourceId, long caseId, long childId,
            Instant receivedAt, String title, String summary, boolean assessed, AssessmentOutcome outcome,
            String assessment, String adjustment, List<String> adjustedInterventions, Instant meetingStartsAt,
            InvestigationKind investigationKind, Instant investigationStartedAt, String assessedBy,
            Instant assessedAt, int version) {

        static NewInformationResource of(NewInformation n) {
            return new NewInformationResource(n.id(), n.source(), n.sourceId(), n.caseId(), n.childId(),
                    n.receivedAt(), n.title(), n.summary(), n.isAssessed(), n.outcome(), n.assessment(),
                    n.adjustment(), n.interventionNames(), n.meetingStartsAt(), n.investigationKind(),
                    n.investigationStartedAt(), n.assessedByName(), n.assessedAt(), n.version());
        }
    }
}
