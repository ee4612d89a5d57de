package dk.spor.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dk.spor.assessment.InvestigationKind;
import dk.spor.shared.FieldErrors;

/**
 * An afdækning or børnefaglig undersøgelse (BFU) on a case. Sections and the plan are saved as drafts; the
 * investigation is only complete when {@link #complete} accepts the conclusion and the views. A BFU past its
 * deadline, or one the caseworker expects to miss it, takes a preliminary assessment before anything else.
 */
public record Investigation(long id, long caseId, InvestigationKind kind, LocalDate awarenessDate,
        String startReason, Instant startedAt, String escalationReason, Instant escalatedAt, String childsView,
        String childsViewMissingReason, String parentsView, String conclusion, boolean deadlineWillBeMissed,
        String preliminaryAssessment, Instant preliminaryAssessmentAt, Instant completedAt, int version) {

    public boolean isChildInvestigation() {
        return kind == InvestigationKind.CHILD_INVESTIGATION;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /** The BFU's statutory deadline; an afdækning has none ("as quickly as possible"). */
    public LocalDate dueDate() {
        return isChildInvestigation() ? dueDateAsChildInvestigation() : null;
    }

    /** The deadline this investigation has, or would have once widened to a BFU. */
    public LocalDate dueDateAsChildInvestigation() {
        return ChildInvestigationDeadline.dueDate(awarenessDate);
    }

    /** Days from {@code today} to the deadline, negative when past; null without a deadline. */
    public Long daysLeftOn(LocalDate today) {
        return isChildInvestigation() ? ChronoUnit.DAYS.between(today, dueDate()) : null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return isChildInvestigation() && !isCompleted() && today.isAfter(dueDate());
    }

    public boolean needsPreliminaryAssessmentOn(LocalDate today) {
        return isChildInvestigation() && !isCompleted() && (isOverdueOn(today) || deadlineWillBeMissed)
                && Text.isBlank(preliminaryAssessment);
    }

    /** Guards every change to the content: the investigation is open, and a due preliminary assessment written. */
    public void requireChangeableOn(LocalDate today) {
        if (isCompleted()) {
            throw new AssessmentRejected(capitalised(kind.definiteDanish()) + " er afsluttet og kan ikke ændres.");
        }
        requirePreliminaryAssessmentIfDueOn(today);
    }

    public void requirePreliminaryAssessmentIfDueOn(LocalDate today) {
        if (needsPreliminaryAssessmentOn(today)) {
            throw new AssessmentRejected("Fristen for den børnefaglige undersøgelse er overskredet eller kan ikke "
                    + "overholdes. Skriv en foreløbig vurdering, før du gemmer andet på undersøgelsen.");
        }
    }

    /** A preliminary assessment may be written on an open BFU, before or after its deadline. */
    public void requirePreliminaryAssessmentAllowed() {
        if (!isChildInvestigation() || isCompleted()) {
            throw new AssessmentRejected("Der kan kun skrives en foreløbig vurdering på en igangværende "
                    + "børnefaglig undersøgelse.");
        }
    }

    /** Checks the conclusion as a draft, or, when {@code completing}, against what a finished investigation needs. */
    public void checkConclusion(ConclusionDraft draft, boolean completing, LocalDate today) {
        requireChangeableOn(today);
        if (completing) {
            draft.validateForCompletion();
        } else {
            draft.validateAsDraft();
        }
    }

    /** T7: an afdækning that shows more complex problems than assumed is widened to a BFU. */
    public void checkEscalation(String reason, LocalDate today) {
        if (kind != InvestigationKind.FOCUSED_ASSESSMENT) {
            throw new AssessmentRejected("Kun en afdækning kan udvides til en børnefaglig undersøgelse.");
        }
        requireChangeableOn(today);
        new FieldErrors().requiredText("reason", reason,
                "Skriv hvorfor afdækningen udvides til en børnefaglig undersøgelse.").throwIfAny();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
