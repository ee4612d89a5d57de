package dk.spor.plan;

import java.time.Instant;
import java.time.LocalDate;

/** The child's plan of a case: one plan covering all the case's interventions. */
public record ChildPlan(long id, long caseId, long childId, PlanKind kind, Long decisionId, LocalDate establishedOn,
        String purpose, String childView, String parentsView, String support, String createdByName,
        Instant createdAt, String updatedByName, Instant updatedAt, int version) {
}
