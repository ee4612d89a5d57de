package dk.spor.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusReportDraftTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void aDraftMayBeIncompleteButASentReportMustAnswerEveryPartInTheFormsOrder() {
        StatusReportDraft empty = new StatusReportDraft(null, null, null,
                List.of(new GoalSection(7, "Kommer i skole", null, null, null)), null, null, null, null, null, null,
                null);

        assertThat(empty.validate(false, TODAY).isEmpty()).isTrue();
        assertThat(empty.validate(true, TODAY).asMap()).containsOnlyKeys("periodFrom", "periodTo", "whatHappened",
                "goals[0].attainment", "goals[0].observations", "childView", "familyCooperation", "recommendation",
                "recommendationReason", "reviewedWithFamilyOn").extractingByKey("goals[0].attainment").asString()
                .contains("»Kommer i skole«");
        assertThat(List.copyOf(empty.validate(true, TODAY).asMap().keySet()).subList(0, 4))
                .containsExactly("periodFrom", "periodTo", "whatHappened", "goals[0].attainment");
    }

    @Test
    void theReasonTheFamilyHasNotSeenItReplacesTheReviewDate() {
        assertThat(complete(null, "Familien aflyste mødet.").validate(true, TODAY).isEmpty()).isTrue();
        assertThat(complete(TODAY, null).validate(true, TODAY).isEmpty()).isTrue();
    }

    @Test
    void thePeriodRunsForwardAndEndsByToday() {
        StatusReportDraft backwards = new StatusReportDraft(TODAY, TODAY.minusDays(1), null, List.of(), null, null,
                null, null, null, TODAY.plusDays(1), null);

        assertThat(backwards.validate(false, TODAY).asMap()).containsOnlyKeys("periodTo", "reviewedWithFamilyOn");
        assertThat(complete(TODAY, null).validate(false, TODAY.minusDays(1)).asMap())
                .containsKeys("periodTo", "reviewedWithFamilyOn");
    }

    private static StatusReportDraft complete(LocalDate reviewedOn, String notReviewedReason) {
        return new StatusReportDraft(TODAY.minusMonths(3), TODAY, "Ugentlige besøg.",
                List.of(new GoalSection(7, "Kommer i skole", GoalAttainment.PROGRESSING, null, "Mindre fravær.")),
                "»Det går bedre.«", "Godt.", null, Recommendation.CONTINUE, "Virker.", reviewedOn, notReviewedReason);
    }
}
