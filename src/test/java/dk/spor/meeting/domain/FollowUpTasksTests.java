package dk.spor.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;
import dk.spor.people.RelatedPerson.Relation;
import dk.spor.shared.Cpr;
import dk.spor.shared.Perspective;
import org.junit.jupiter.api.Test;

class FollowUpTasksTests {

    private static final Child CHILD = new Child(1, new Cpr("0101154001"), "Ida", "Holm", LocalDate.of(2015, 1, 1),
            Child.Gender.FEMALE, null, null, null, null, 0);
    private static final List<RelatedPerson> FAMILY = List.of(
            person(10, "Mette", Relation.MOTHER, true), person(11, "Jens", Relation.FATHER, false),
            person(12, "Karen", Relation.GRANDPARENT, false), person(13, "Ole", Relation.STEP_PARENT, true));

    @Test
    void startUpFollowUpAndNotificationMeetingsCallEachParentButPlanNetworkAndCoffeeMeetingsDoNot() {
        assertThat(FollowUpTasks.callees(type("STARTUP", List.of(), List.of(FollowUpTasks.PARENT_CALL)), FAMILY, CHILD,
                false)).extracting(FollowUpTasks.Callee::name).containsExactly("Mette Holm", "Jens Holm", "Ole Holm");
        assertThat(FollowUpTasks.callees(type("PLAN", List.of(), List.of()), FAMILY, CHILD, true)).isEmpty();
    }

    @Test
    void theChildIsCalledTooOnlyWhenChosen() {
        var type = type("FOLLOW_UP", List.of(), List.of(FollowUpTasks.PARENT_CALL));

        assertThat(FollowUpTasks.callees(type, FAMILY, CHILD, true)).last()
                .satisfies(callee -> assertThat(callee.perspective()).isEqualTo(Perspective.CHILD));
        assertThat(FollowUpTasks.callees(type, FAMILY, CHILD, false))
                .noneMatch(callee -> callee.perspective() == Perspective.CHILD);
    }

    @Test
    void aRuleTheMeetingMeetsAndStartsAgainRunsToTheAgreedDate() {
        var type = type("FOLLOW_UP", List.of("intervention.first-follow-up", "intervention.next-follow-up"),
                List.of(FollowUpTasks.PARENT_CALL, "intervention.next-follow-up", "goals.revise"));

        assertThat(FollowUpTasks.rulesDueOnNextFollowUp(type)).containsExactly("intervention.next-follow-up");
        assertThat(FollowUpTasks.rulesWithOwnDuration(type)).containsExactly("goals.revise");
    }

    private static MeetingType type(String code, List<String> met, List<String> started) {
        return new MeetingType(code, code, "", List.of(Perspective.PARENT), List.of(), List.of(), met, started, 60,
                List.of());
    }

    private static RelatedPerson person(long id, String firstName, Relation relation, boolean custody) {
        return new RelatedPerson(id, firstName, "Holm", null, null, null, relation, custody, false);
    }
}
