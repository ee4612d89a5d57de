package dk.spor.plan;

import java.time.LocalDate;

/** A goal for the child as other modules see it: meetings review it, measurements score it. */
public record Goal(long id, long caseId, long childId, String title, GoalStatus status, LocalDate setOn,
        LocalDate reviewOn, LocalDate closedOn) {
}
