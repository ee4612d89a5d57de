package dk.spor.meeting.domain;

/**
 * Signs of Safety's three columns for one goal at one meeting: what worries us, what is working, and what must
 * happen (the desired behaviour). Filled in together at the meeting, they serve as its minutes.
 */
public record GoalReview(long goalId, String goalTitle, String worries, String working, String mustHappen) {

    public boolean isEmpty() {
        return isBlank(worries) && isBlank(working) && isBlank(mustHappen);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
