package dk.spor.meeting.domain;

import dk.spor.shared.Perspective;

/** A participant as chosen when planning: a person from the child's relations ({@code personId}) or anyone by name. */
public record NewParticipant(Perspective perspective, String name, String roleLabel, Long personId) {
}
