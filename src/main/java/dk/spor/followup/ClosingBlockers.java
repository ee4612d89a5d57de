package dk.spor.followup;

import java.util.List;

import dk.spor.deadline.Deadline;
import dk.spor.intervention.InterventionPeriod;

/**
 * What keeps a case from closing: open deadlines, interventions that have not ended, and new information nobody has
 * assessed (seed 002b § 6: every open indsats ended; nothing left hanging).
 */
public record ClosingBlockers(List<Deadline> openDeadlines, List<InterventionPeriod> unendedInterventions,
        List<NewInformation> unassessed) {

    public boolean isEmpty() {
        return openDeadlines.isEmpty() && unendedInterventions.isEmpty() && unassessed.isEmpty();
    }

    /** One Danish sentence naming what is left, for the form's message. */
    public String summary() {
        StringBuilder text = new StringBuilder("Sagen kan ikke lukkes endnu. Først skal");
        String separator = " ";
        if (!openDeadlines.isEmpty()) {
            text.append(separator).append(count(openDeadlines.size(), "åben frist", "åbne frister"))
                    .append(" opfyldes eller lukkes");
            separator = ", ";
        }
        if (!unendedInterventions.isEmpty()) {
            text.append(separator).append(count(unendedInterventions.size(), "indsats", "indsatser"))
                    .append(" afsluttes");
            separator = ", ";
        }
        if (!unassessed.isEmpty()) {
            text.append(separator).append(count(unassessed.size(), "stykke ny viden", "stykker ny viden"))
                    .append(" vurderes");
        }
        return text.append('.').toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
