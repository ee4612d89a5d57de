package dk.spor.assessment.domain;

import java.time.Instant;

import dk.spor.assessment.ScreeningOutcome;

/** A concluded screening. */
public record Screening(long id, long caseId, String informationConsidered, String weightedInformation,
        String conclusion, ScreeningOutcome outcome, String childsView, String parentsView, String closingReason,
        String concludedByName, Instant concludedAt) {
}
