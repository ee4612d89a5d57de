package dk.spor.assessment;

/** A socialfaglig vurdering was written; {@code outcome} says whether the case goes to a decision or closes. */
public record ProfessionalAssessmentRecorded(long assessmentId, long caseId, long childId, AssessmentContext context,
        AssessmentOutcome outcome) {
}
