package dk.spor.deadline;

/** No rule with this id exists in any version: a programming error in the module that named it. */
public class UnknownDeadlineRule extends IllegalArgumentException {

    public UnknownDeadlineRule(String ruleId) {
        super("No deadline rule with id " + ruleId);
    }
}
