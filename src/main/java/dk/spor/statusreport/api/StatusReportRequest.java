package dk.spor.statusreport.api;

import java.time.LocalDate;
import java.util.List;

import dk.spor.statusreport.GoalAttainment;
import dk.spor.statusreport.GoalSection;
import dk.spor.statusreport.Recommendation;
import dk.spor.statusreport.StatusReportDraft;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The common template as an integration sends it. {@code submit} true sends the report to the caseworker (every
 * part must then be answered); false saves a draft. {@code interventionId} is read on create only.
 */
record StatusReportRequest(
        @Schema(description = "Indsatsen, rapporten handler om (kun ved oprettelse) / the intervention") Long interventionId,
        LocalDate periodFrom, LocalDate periodTo, String whatHappened, List<Goal> goals, String childView,
        String familyCooperation, String concerns, Recommendation recommendation, String recommendationReason,
        LocalDate reviewedWithFamilyOn, String notReviewedReason,
        @Schema(description = "true: send til rådgiveren; false: gem kladde / true submits, false saves a draft")
        boolean submit,
        @Schema(description = "Versionen, der blev læst (kun ved opdatering) / the version read, on update") Integer version) {

    /** One goal's part, by the goal's id as the report lists it. */
    record Goal(long goalId, GoalAttainment attainment, String actions, String observations) {
    }

    StatusReportDraft toDraft() {
        return new StatusReportDraft(periodFrom, periodTo, whatHappened,
                goals == null ? List.of() : goals.stream()
                        .map(g -> new GoalSection(g.goalId(), null, g.attainment(), g.actions(), g.observations()))
                        .toList(),
                childView, familyCooperation, concerns, recommendation, recommendationReason, reviewedWithFamilyOn,
                notReviewedReason);
    }
}
