package dk.spor.statusreport;

/**
 * The report's part on one goal: whether it is attained, what was done toward it, and what was seen of the child's
 * development and wellbeing. {@code goalTitle} is the goal as it read when the report was started.
 */
public record GoalSection(long goalId, String goalTitle, GoalAttainment attainment, String actions,
        String observations) {
}
