package dk.spor.intervention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.decision.Decision;
import dk.spor.decision.Decisions;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Provider;
import dk.spor.plan.Goal;
import dk.spor.plan.Goals;
import dk.spor.platform.web.DanishFormat;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course of an intervention: granted (from a decision or on its own), waiting for its start, running, ended.
 * Each step is guarded by {@link InterventionStatus#canMoveTo}, takes the version the user saw, and is a line in the
 * chronology. Starting and ending publish {@link InterventionStarted} and {@link InterventionEnded}.
 */
@Service
public class InterventionCourse {

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Interventions interventions;
    private final Decisions decisions;
    private final Goals goals;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final DanishFormat format;
    private final Clock clock;

    InterventionCourse(JdbcClient jdbc, CaseFiles caseFiles, Interventions interventions, Decisions decisions,
            Goals goals, Organisation organisation, ApplicationEventPublisher events, AuditLog audit,
            DanishFormat format, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.interventions = interventions;
        this.decisions = decisions;
        this.goals = goals;
        this.organisation = organisation;
        this.events = events;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** A new intervention filled in from a decision: its kind of support, purpose, expected duration and date. */
    public InterventionDraft fromDecision(CurrentUser user, long caseId, long decisionId) {
        Decision decision = decisionOfCase(user, caseId, decisionId);
        String typeCode = interventions.types().stream()
                .filter(t -> t.legalBasisId().equals(decision.legalBasisId()) && t.name().equals(decision.subtype()))
                .map(InterventionType::code).findFirst().orElse(null);
        return new InterventionDraft(decisionId, typeCode, null, null, decision.purpose(),
                decision.expectedDurationMonths(), decision.decidedOn(), null, List.of());
    }

    /**
     * Grants an intervention on an open case. With a provider and a planned start it waits for its start at once.
     * Returns its id.
     */
    @Transactional
    public long grant(CurrentUser user, long caseId, InterventionDraft draft) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        FieldErrors errors = draft.validate(LocalDate.now(clock));
        InterventionType type = interventions.types().stream().filter(t -> t.code().equals(draft.typeCode()))
                .findFirst().orElse(null);
        if (draft.typeCode() != null && type == null) {
            errors.reject("typeCode", "Vælg indsatsen på listen.");
        }
        checkProvider(draft.providerId(), errors);
        checkGoals(caseId, draft.goalIds(), errors);
        if (draft.decisionId() != null) {
            decisionOfCase(user, caseId, draft.decisionId());
        }
        if (!caseFile.isOpen()) {
            errors.reject("typeCode", "Sagen er lukket. Der kan ikke bevilges indsatser på en lukket sag.");
        }
        errors.throwIfAny();
        boolean waiting = draft.providerId() != null && draft.plannedStartOn() != null;
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into intervention (case_id, child_id, decision_id, type_code, legal_basis_id, provider_id,
                       provider_contact, purpose, expected_duration_months, granted_on, planned_start_on, status,
                       created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(draft.decisionId()).param(type.code())
                .param(type.legalBasisId()).param(draft.providerId()).param(blankToNull(draft.providerContact()))
                .param(draft.purpose().strip()).param(draft.expectedDurationMonths()).param(draft.grantedOn())
                .param(draft.plannedStartOn())
                .param((waiting ? InterventionStatus.WAITING : InterventionStatus.GRANTED).name())
                .param(user.id()).param(Timestamp.from(now)).query(Long.class).single();
        linkGoals(id, draft.goalIds());
        caseFiles.record(caseId, now, "intervention.granted", "Indsats bevilget: " + type.name(),
                type.legalBasisLabel() + ". Formål: " + draft.purpose().strip(), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "intervention", id, "Indsats bevilget");
        return id;
    }

    /** A provider and a planned start are found: the intervention waits for its start. */
    @Transactional
    public void awaitStart(CurrentUser user, long caseId, long id, int expectedVersion, Long providerId,
            String providerContact, LocalDate plannedStartOn) {
        Intervention intervention = current(user, caseId, id);
        FieldErrors errors = transition(intervention, InterventionStatus.WAITING)
                .required("plannedStartOn", plannedStartOn, "Skriv den planlagte startdato.")
                .notBefore("plannedStartOn", plannedStartOn, intervention.grantedOn(),
                        "Den planlagte start kan ikke ligge før bevillingen.")
                .maxLength("providerContact", providerContact, FieldErrors.MAX_LINE);
        checkProvider(providerId, errors);
        errors.throwIfAny();
        update(intervention, expectedVersion, InterventionStatus.WAITING, user, """
                provider_id = ?, provider_contact = ?, planned_start_on = ?""", providerId,
                blankToNull(providerContact), plannedStartOn);
        record(intervention, user, "intervention.waiting", "Indsats venter på opstart: " + intervention.typeName(),
                "Planlagt start " + format.date(plannedStartOn));
    }

    /**
     * The intervention started. Publishes {@link InterventionStarted}: the case's follow-up clock (and for a
     * placement the supervision visits) start from it.
     */
    @Transactional
    public void start(CurrentUser user, long caseId, long id, int expectedVersion, LocalDate startedOn) {
        Intervention intervention = current(user, caseId, id);
        transition(intervention, InterventionStatus.RUNNING)
                .required("startedOn", startedOn, "Skriv startdatoen.")
                .notInFuture("startedOn", startedOn, LocalDate.now(clock), "Startdatoen kan ikke ligge i fremtiden.")
                .notBefore("startedOn", startedOn, intervention.grantedOn(), "Indsatsen kan ikke starte før bevillingen.")
                .throwIfAny();
        update(intervention, expectedVersion, InterventionStatus.RUNNING, user, "started_on = ?", startedOn);
        record(intervention, user, "intervention.started", "Indsats startet: " + intervention.typeName(),
                "Startdato " + format.date(startedOn) + (intervention.providerName() == null ? "" : ". Udfører: "
                        + intervention.providerName()) + ". Ventetid: "
                        + WaitingTime.of(intervention.grantedOn(), startedOn, startedOn, 0, false).danish() + ".");
        events.publishEvent(new InterventionStarted(id, caseId, intervention.childId(), intervention.providerId(),
                intervention.placement(), startedOn));
    }

    /** The intervention ended, with the reason and whether its purpose was reached. */
    @Transactional
    public void end(CurrentUser user, long caseId, long id, int expectedVersion, LocalDate endedOn, String reason,
            Boolean purposeReached) {
        Intervention intervention = current(user, caseId, id);
        transition(intervention, InterventionStatus.ENDED)
                .required("endedOn", endedOn, "Skriv slutdatoen.")
                .notInFuture("endedOn", endedOn, LocalDate.now(clock), "Slutdatoen kan ikke ligge i fremtiden.")
                .notBefore("endedOn", endedOn, intervention.startedOn() != null ? intervention.startedOn()
                        : intervention.grantedOn(), "Indsatsen kan ikke slutte, før den startede.")
                .requiredText("endReason", reason, "Skriv hvorfor indsatsen afsluttes.")
                .required("purposeReached", purposeReached, "Vælg, om formålet med indsatsen er nået.")
                .throwIfAny();
        update(intervention, expectedVersion, InterventionStatus.ENDED, user,
                "ended_on = ?, end_reason = ?, purpose_reached = ?", endedOn, reason.strip(), purposeReached);
        record(intervention, user, "intervention.ended", "Indsats afsluttet: " + intervention.typeName(),
                (purposeReached ? "Formålet er nået. " : "Formålet er ikke nået. ") + reason.strip());
        events.publishEvent(new InterventionEnded(id, caseId, intervention.childId(), intervention.providerId(),
                endedOn, purposeReached, reason.strip()));
    }

    /** The professional assessment of what a long wait for the start means for the child. */
    @Transactional
    public void assessWaiting(CurrentUser user, long caseId, long id, int expectedVersion, String assessment) {
        Intervention intervention = current(user, caseId, id);
        FieldErrors errors = new FieldErrors().requiredText("waitingAssessment", assessment,
                "Skriv din faglige vurdering af, hvad ventetiden betyder for barnet.");
        if (!intervention.status().awaitsStart()) {
            errors.reject("waitingAssessment", "Indsatsen venter ikke længere på at starte.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update intervention set waiting_assessment = ?, waiting_assessed_at = ?, waiting_assessed_by = ?,
                       version = version + 1 where id = ? and version = ?""")
                .param(assessment.strip()).param(Timestamp.from(now)).param(user.id()).param(id).param(expectedVersion)
                .update();
        if (updated == 0) {
            throw new InterventionEditConflict();
        }
        record(intervention, user, "intervention.waiting-assessed", "Ventetiden er vurderet: " + intervention.typeName(),
                assessment.strip());
    }

    /** Sets the goals the intervention works toward. */
    @Transactional
    public void setGoals(CurrentUser user, long caseId, long id, int expectedVersion, List<Long> goalIds) {
        Intervention intervention = current(user, caseId, id);
        FieldErrors errors = new FieldErrors();
        checkGoals(caseId, goalIds, errors);
        errors.throwIfAny();
        update(intervention, expectedVersion, intervention.status(), user, "");
        jdbc.sql("delete from intervention_goal where intervention_id = ?").param(id).update();
        linkGoals(id, goalIds);
        audit.write(AuditAction.UPDATE, intervention.childId(), "intervention", id, "Mål for indsatsen ændret");
    }

    private Intervention current(CurrentUser user, long caseId, long id) {
        caseFiles.requireCase(user, caseId);
        return interventions.find(caseId, id).orElseThrow(() -> new NotFound("Intervention " + id));
    }

    private static FieldErrors transition(Intervention intervention, InterventionStatus target) {
        FieldErrors errors = new FieldErrors();
        if (!intervention.status().canMoveTo(target)) {
            errors.reject("status", "En indsats med status »" + intervention.status().label()
                    + "« kan ikke få status »" + target.label() + "«.");
        }
        return errors;
    }

    private void update(Intervention intervention, int expectedVersion, InterventionStatus status, CurrentUser user,
            String assignments, Object... values) {
        var statement = jdbc.sql("update intervention set " + (assignments.isBlank() ? "" : assignments + ", ")
                + "status = ?, updated_by = ?, "
                + "updated_at = ?, version = version + 1 where id = ? and version = ?");
        for (Object value : values) {
            statement = statement.param(value);
        }
        int updated = statement.param(status.name()).param(user.id()).param(Timestamp.from(clock.instant()))
                .param(intervention.id()).param(expectedVersion).update();
        if (updated == 0) {
            throw new InterventionEditConflict();
        }
    }

    private void record(Intervention intervention, CurrentUser user, String kind, String title, String detail) {
        caseFiles.record(intervention.caseId(), clock.instant(), kind, title, detail, user.id());
        audit.write(AuditAction.UPDATE, intervention.childId(), "intervention", intervention.id(), title);
    }

    private Decision decisionOfCase(CurrentUser user, long caseId, long decisionId) {
        Decision decision = decisions.decision(user, decisionId);
        if (decision.caseId() != caseId) {
            throw new NotFound("Decision " + decisionId + " on case " + caseId);
        }
        return decision;
    }

    private void checkProvider(Long providerId, FieldErrors errors) {
        if (providerId != null && organisation.providers().stream().map(Provider::id).noneMatch(providerId::equals)) {
            errors.reject("providerId", "Vælg udføreren på listen.");
        }
    }

    private void checkGoals(long caseId, List<Long> goalIds, FieldErrors errors) {
        Set<Long> ofCase = goals.ofCase(caseId).stream().map(Goal::id).collect(Collectors.toSet());
        if (!ofCase.containsAll(goalIds)) {
            errors.reject("goalIds", "Vælg målene blandt sagens mål.");
        }
    }

    private void linkGoals(long interventionId, List<Long> goalIds) {
        goalIds.stream().distinct().forEach(goal -> jdbc.sql(
                "insert into intervention_goal (intervention_id, goal_id) values (?, ?)")
                .param(interventionId).param(goal).update());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
