package dk.spor.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.assessment.InvestigationKind;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.InterventionStatus;
import dk.spor.intervention.Interventions;
import dk.spor.meeting.Meetings;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.web.DanishFormat;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of new information on open cases. Any module registers what it learns about a child here (a contact, a
 * network or provider report, a concern report, a measurement, a progression alert); the item stays unassessed, and
 * on the caseworker's and leader's lists, until the caseworker records what it gives rise to.
 */
@Service
public class NewInformationInbox {

    private final NewInformationRows rows;
    private final CaseFiles caseFiles;
    private final Interventions interventions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DanishFormat format;
    private final Clock clock;
    private final Meetings meetings;

    NewInformationInbox(NewInformationRows rows, CaseFiles caseFiles, Interventions interventions, AuditLog audit,
            ApplicationEventPublisher events, DanishFormat format, Clock clock, Meetings meetings) {
        this.meetings = meetings;
        this.rows = rows;
        this.caseFiles = caseFiles;
        this.interventions = interventions;
        this.audit = audit;
        this.events = events;
        this.format = format;
        this.clock = clock;
    }

    /**
     * Registers new information on a case as unassessed, noted in the chronology. Idempotent per {@code source} and
     * {@code sourceId}: registering the same record again returns the existing item unchanged. Empty when the case
     * is closed, since there is nothing left to adjust. Runs in the caller's transaction; no access check (the
     * caller is the module that received the information).
     *
     * @param title   one line naming what came in, e.g. "Statusrapport fra Familiehuset"
     * @param summary the gist, shown next to the assessment form; may be null
     */
    @Transactional
    public Optional<Long> register(NewInformationSource source, long sourceId, long caseId, long childId,
            Instant receivedAt, String title, String summary) {
        Optional<NewInformation> existing = rows.bySource(source, sourceId);
        if (existing.isPresent()) {
            return existing.map(NewInformation::id);
        }
        CaseFile caseFile = caseFiles.caseFile(AccessScope.all(), caseId)
                .orElseThrow(() -> new NotFound("Case " + caseId));
        if (!caseFile.isOpen()) {
            return Optional.empty();
        }
        Optional<Long> inserted = rows.insert(source, sourceId, caseId, childId, receivedAt, title.strip(),
                NewInformationRows.blankToNull(summary), clock.instant());
        inserted.ifPresent(id -> {
            caseFiles.record(caseId, receivedAt, "followup.registered", "Ny viden til vurdering: " + title.strip(),
                    source.label(), null);
            events.publishEvent(new NewInformationRegistered(id, caseId, childId, source, sourceId));
        });
        // Empty only when the same source registered it concurrently; then the other registration's item counts.
        return inserted.or(() -> rows.bySource(source, sourceId).map(NewInformation::id));
    }

    /** Whether the case has information nobody has assessed. The caller has checked access to the case. */
    public boolean hasUnassessed(long caseId) {
        return !rows.unassessedOfCase(caseId).isEmpty();
    }

    /** The case's unassessed items, oldest first. The caller has checked access to the case. */
    public List<NewInformation> unassessedOfCase(long caseId) {
        return rows.unassessedOfCase(caseId);
    }

    /** The case's unassessed items for the user, oldest first; the read is audited. */
    public List<NewInformation> unassessedOfCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "new_information", "case:" + caseId, "Ikke vurderet ny viden læst");
        return rows.unassessedOfCase(caseId);
    }

    /** All the case's items for the user, unassessed first; the read is audited. */
    public List<NewInformation> ofCase(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        audit.read(caseFile.childId(), "new_information", "case:" + caseId, "Ny viden på sagen læst");
        return rows.ofCase(caseId);
    }

    /** One item on the case for the user; the read is audited. */
    public NewInformation item(CurrentUser user, long caseId, long id) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        NewInformation item = rows.find(caseId, id).orElseThrow(() -> new NotFound("New information " + id));
        audit.read(caseFile.childId(), "new_information", id, "Ny viden læst");
        return item;
    }

    /** The case's interventions that have not ended: the ones an assessment can adjust. */
    public List<InterventionPeriod> adjustableInterventions(long caseId) {
        return interventions.ofCase(caseId).stream().filter(i -> i.status() != InterventionStatus.ENDED).toList();
    }

    /**
     * Records the assessment of an unassessed item at the version the user saw, and carries out its outcome:
     * plans the follow-up meeting, and leaves a decided afdækning or BFU as an
     * open loop until the assessment work starts it.
     *
     * @throws dk.spor.shared.ValidationFailed when the outcome lacks what it needs
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else assessed it first
     */
    @Transactional
    public NewInformation assess(CurrentUser user, long caseId, long id, int expectedVersion, NewAssessment assessment) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        NewInformation item = rows.find(caseId, id).orElseThrow(() -> new NotFound("New information " + id));
        Instant now = clock.instant();
        Set<Long> adjustable = adjustableInterventions(caseId).stream().map(InterventionPeriod::id)
                .collect(Collectors.toSet());
        FieldErrors errors = assessment.validate(adjustable, now);
        if (!caseFile.isOpen()) {
            errors.reject("outcome", "Sagen er lukket. Der kan ikke vurderes ny viden på en lukket sag.");
        }
        if (assessment.outcome() == AssessmentOutcome.NEW_INVESTIGATION && assessment.investigationKind() != null) {
            NewInvestigationPolicy.check(caseFile.phase(), assessment.investigationKind())
                    .ifPresent(reason -> errors.reject("investigationKind", reason));
        }
        errors.throwIfAny();
        rows.assess(id, expectedVersion, assessment, user.id(), now);
        caseFiles.record(caseId, now, "followup.assessed", "Ny viden vurderet: " + assessment.outcome().label(),
                chronologyDetail(item, assessment), user.id());
        audit.write(AuditAction.UPDATE, caseFile.childId(), "new_information", id,
                "Ny viden vurderet: " + assessment.outcome().label());
        events.publishEvent(new NewInformationAssessed(id, caseId, caseFile.childId(), assessment.outcome(),
                assessment.outcome() == AssessmentOutcome.ADJUST_INTERVENTION ? assessment.interventionIds() : List.of(),
                user.id(), now));
        if (assessment.outcome() == AssessmentOutcome.FOLLOW_UP_MEETING) {
            meetings.planFollowUp(user, caseId,
                    LocalDateTime.ofInstant(assessment.meetingStartsAt(), clock.getZone()),
                    "Opfølgning på ny viden: " + item.title());
        }
        return rows.find(caseId, id).orElseThrow();
    }

    /** An afdækning or BFU started on the case: decided investigations of that kind are no longer open loops. */
    void investigationStarted(long caseId, InvestigationKind kind, Instant startedAt) {
        rows.markInvestigationStarted(caseId, kind, startedAt);
    }

    private String chronologyDetail(NewInformation item, NewAssessment assessment) {
        StringBuilder detail = new StringBuilder(item.title()).append('.');
        switch (assessment.outcome()) {
            case ADJUST_INTERVENTION -> detail.append(" Justering: ").append(assessment.adjustment().strip());
            case FOLLOW_UP_MEETING -> detail.append(" Opfølgningsmøde ønsket ")
                    .append(format.dateTime(assessment.meetingStartsAt())).append('.');
            case NEW_INVESTIGATION -> detail.append(' ').append(assessment.investigationKind().danishLabel())
                    .append(" besluttet.");
            case NO_ADJUSTMENT -> { }
        }
        if (assessment.assessment() != null && !assessment.assessment().isBlank()) {
            detail.append(" Vurdering: ").append(assessment.assessment().strip());
        }
        return detail.toString();
    }
}
