package dk.spor.measurement;

import java.util.List;

import dk.spor.shared.Perspective;

/**
 * A measurement round as the caseworker starts it at a meeting: the instrument (and goal), the meeting if the round
 * belongs to one, and who takes part.
 */
public record NewRound(String instrumentCode, Long goalId, Long meetingId, List<Participant> participants) {

    public NewRound {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A participant, prefilled from the child's relations ({@code personId}) or typed in. */
    public record Participant(String name, Perspective perspective, Long personId) {
    }
}
