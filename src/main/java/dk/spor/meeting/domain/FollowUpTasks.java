package dk.spor.meeting.domain;

import java.util.ArrayList;
import java.util.List;

import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;
import dk.spor.people.RelatedPerson.Relation;
import dk.spor.shared.Perspective;

/**
 * What holding a meeting sets going, read from its type's rules. The phone call after start-up, follow-up and
 * notification meetings goes to each parent separately, so the one who said least at the meeting is heard too, and
 * to the child when the caseworker chooses (seed 001 §4.5, Fredericia). A rule the meeting both meets and starts
 * again is the follow-up cadence: it runs to the date agreed at the meeting, not the rule's default.
 */
public final class FollowUpTasks {

    public static final String PARENT_CALL = "meeting.parent-call";

    private FollowUpTasks() {
    }

    /** Someone to call after the meeting. */
    public record Callee(Perspective perspective, Long personId, String name, String relationLabel) {
    }

    public static boolean callsParents(MeetingType type) {
        return type.rulesStartedWhenHeld().contains(PARENT_CALL);
    }

    /** One call per mother, father or other custody holder, and the child if chosen; none if the type calls no one. */
    public static List<Callee> callees(MeetingType type, List<RelatedPerson> relations, Child child, boolean callChild) {
        List<Callee> callees = new ArrayList<>();
        if (!callsParents(type)) {
            return callees;
        }
        relations.stream().filter(FollowUpTasks::isParent).forEach(parent -> callees.add(new Callee(
                Perspective.PARENT, parent.personId(), parent.fullName(), parent.relation().danishLabel())));
        if (callChild) {
            callees.add(new Callee(Perspective.CHILD, null, child.fullName(), "Barnet"));
        }
        return callees;
    }

    /** The follow-up cadence: rules the meeting meets and starts again, due on the next follow-up date. */
    public static List<String> rulesDueOnNextFollowUp(MeetingType type) {
        return type.rulesStartedWhenHeld().stream().filter(type.rulesMetWhenHeld()::contains).toList();
    }

    /** Rules started with their own duration from the meeting (the calls have their own subject). */
    public static List<String> rulesWithOwnDuration(MeetingType type) {
        return type.rulesStartedWhenHeld().stream()
                .filter(rule -> !rule.equals(PARENT_CALL) && !type.rulesMetWhenHeld().contains(rule)).toList();
    }

    private static boolean isParent(RelatedPerson person) {
        return person.relation() == Relation.MOTHER || person.relation() == Relation.FATHER || person.custody();
    }
}
