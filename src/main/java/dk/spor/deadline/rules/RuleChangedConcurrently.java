package dk.spor.deadline.rules;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved a new version of the rule after the version the administrator started from. */
public class RuleChangedConcurrently extends OptimisticLockingFailureException {

    public RuleChangedConcurrently(String ruleId, int basedOnVersion) {
        super("Deadline rule " + ruleId + " has a newer version than " + basedOnVersion);
    }
}
