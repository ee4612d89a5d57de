package dk.spor.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a goal: who, when, why, and the goal before and after. The first revision is the goal being set. */
public record GoalRevision(long id, long goalId, Instant revisedAt, String revisedByName, String reason,
        String titleBefore, String titleAfter, GoalStatus statusBefore, GoalStatus statusAfter, LocalDate reviewBefore,
        LocalDate reviewAfter, String detailsBefore, String detailsAfter) {

    public boolean isFirst() {
        return titleBefore == null;
    }

    public boolean titleChanged() {
        return !isFirst() && !titleBefore.equals(titleAfter);
    }

    public boolean statusChanged() {
        return !isFirst() && statusBefore != statusAfter;
    }

    public boolean detailsChanged() {
        return !isFirst() && !detailsBefore.equals(detailsAfter);
    }
}
