package dk.spor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import dk.spor.shared.Perspective;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PlanRulesTests {

    private static final PlanKindRule RULE = new PlanKindRule(List.of(
            new PlanKindRule.Threshold(PlanKind.CHILD_PLAN, 0), new PlanKindRule.Threshold(PlanKind.YOUTH_PLAN, 16)));

    @Test
    void aChildUnderSixteenGetsABarnetsPlanAndFromSixteenAnUngeplan() {
        assertThat(RULE.forAge(0)).isEqualTo(PlanKind.CHILD_PLAN);
        assertThat(RULE.forAge(15)).isEqualTo(PlanKind.CHILD_PLAN);
        assertThat(RULE.forAge(16)).isEqualTo(PlanKind.YOUTH_PLAN);
        assertThat(RULE.forAge(17)).isEqualTo(PlanKind.YOUTH_PLAN);
        assertThat(RULE.fromAge(PlanKind.YOUTH_PLAN)).isEqualTo(16);
    }

    @Property
    void theUngeplanStartsOnTheSixteenthBirthday(@ForAll @IntRange(min = 0, max = 6500) int daysOld,
            @ForAll @IntRange(min = 0, max = 2000) int birthOffset) {
        LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(birthOffset);
        LocalDate on = birth.plusDays(daysOld);
        int age = Period.between(birth, on).getYears();

        assertThat(RULE.forAge(age) == PlanKind.YOUTH_PLAN).isEqualTo(!on.isBefore(birth.plusYears(16)));
    }

    @Test
    void warnsAboveThreeActiveGoalsWithoutBlocking() {
        assertThat(GoalLimit.warning(3)).isEmpty();
        assertThat(GoalLimit.warning(4)).hasValueSatisfying(w -> assertThat(w).contains("4 aktive mål", "højst 3"));
    }

    @Test
    void aChangedGoalMustSayWhyAndAClosedGoalWhyItClosed() {
        var criterion = List.of(new Criterion(Perspective.CHILD, "Ida", "Jeg kommer i skole hver dag"));
        GoalDraft closed = new GoalDraft("Ida kommer i skole", List.of(), criterion, List.of(), GoalStatus.DROPPED,
                " ", null);

        assertThat(closed.validate(true).asMap()).containsKeys("reason", "statusReason");
        assertThat(closed.validate(false).asMap()).containsKey("statusReason").doesNotContainKey("reason");
    }

    @Test
    void aGoalNeedsAtLeastOneSignThatItIsReached() {
        GoalDraft draft = new GoalDraft("Færre skænderier", List.of(), List.of(), List.of(), null, null, null);

        assertThat(draft.validate(false).asMap()).containsKey("criteria");
        assertThat(draft.status()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void theGoalsDetailsNameWhoSaidWhat() {
        GoalDraft draft = new GoalDraft("Ro om aftenen", List.of(1),
                List.of(new Criterion(Perspective.PARENT, "Mor", "Vi spiser sammen")),
                List.of(new Supporter(Perspective.SCHOOL, null, "Lektiecafé")), null, null, null);

        assertThat(draft.details(List.of("Sundhed og trivsel"))).isEqualTo(
                "Se ske – Forælder (Mor): Vi spiser sammen\nStøtte – Skole eller dagtilbud: Lektiecafé\n"
                        + "ICS – Sundhed og trivsel\n");
    }
}
