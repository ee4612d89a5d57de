package dk.spor.meeting.domain;

import dk.spor.shared.Perspective;

/** Someone invited to a meeting; {@code attended} is unknown (null) until the minutes say. */
public record Participant(long id, int position, Perspective perspective, String name, String roleLabel, Long personId,
        Boolean attended) {

    /** "Mette Hansen (Mor)". */
    public String label() {
        return roleLabel == null || roleLabel.isBlank() ? name : name + " (" + roleLabel + ")";
    }
}
