package dk.spor.measurement;

import java.time.Instant;
import java.util.List;

/**
 * A measurement round at a meeting. Until every participant has answered or the caseworker ends it, the round is
 * hidden: it shows who has answered, never what. Revealed, each participant's answer stands beside their previous one.
 */
public record MeasurementRound(long id, long caseId, long childId, String instrumentCode, String instrumentName,
        Long goalId, String goalTitle, Long meetingId, Instant startedAt, Instant closedAt, int version,
        List<RoundParticipant> participants) {

    public MeasurementRound {
        participants = List.copyOf(participants);
    }

    public boolean revealed() {
        return closedAt != null;
    }

    public long answeredCount() {
        return participants.stream().filter(RoundParticipant::answered).count();
    }

    /**
     * A participant of a round; {@code answer} and {@code previous} are only filled in once the round is revealed.
     */
    public record RoundParticipant(long id, int position, String name, dk.spor.shared.Perspective perspective,
            Long personId, boolean answered, Measurement answer, Measurement previous) {

        /** The change from the previous answer, e.g. "+2" or "−1,5"; empty without both. */
        public String changeText() {
            return answer == null || previous == null ? "" : ScoreValues.change(previous.total(), answer.total());
        }
    }
}
