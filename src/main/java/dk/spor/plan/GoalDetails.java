package dk.spor.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.assessment.IcsDimension;

/** A goal with everything that belongs to it, for its page and its form. */
public record GoalDetails(long id, long caseId, long childId, Long planId, String title, GoalStatus status,
        String statusReason, LocalDate setOn, LocalDate reviewOn, LocalDate closedOn, List<IcsDimension> dimensions,
        List<Criterion> criteria, List<Supporter> supporters, String createdByName, Instant updatedAt, int version) {

    public GoalDraft asDraft() {
        return new GoalDraft(title, dimensions.stream().map(IcsDimension::id).toList(), criteria, supporters, status,
                statusReason, null);
    }

    public boolean isActive() {
        return status == GoalStatus.ACTIVE;
    }
}
