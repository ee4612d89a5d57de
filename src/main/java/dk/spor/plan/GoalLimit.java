package dk.spor.plan;

import java.util.Optional;

/**
 * At most three active goals for the next 1–2 months (Social- og Boligstyrelsen's recommendation). More is allowed,
 * but the caseworker is warned, never blocked.
 */
public final class GoalLimit {

    public static final int RECOMMENDED_ACTIVE = 3;

    private GoalLimit() {
    }

    public static Optional<String> warning(long activeGoals) {
        if (activeGoals <= RECOMMENDED_ACTIVE) {
            return Optional.empty();
        }
        return Optional.of("Barnet har " + activeGoals + " aktive mål. Det anbefales at arbejde med højst "
                + RECOMMENDED_ACTIVE + " mål ad gangen, så barnet og familien kan overskue dem.");
    }
}
