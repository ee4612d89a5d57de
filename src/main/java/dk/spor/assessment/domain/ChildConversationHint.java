package dk.spor.assessment.domain;

import java.util.List;
import java.util.Optional;

/**
 * Recommends hearing the child alone before the screening is concluded (Social- og Boligstyrelsen's
 * recommendations; barnets lov § 5 on the child's views). A recommendation, never a block. For a child under
 * {@value #OBSERVATION_AGE} an observation of the child takes the place of a conversation.
 */
public final class ChildConversationHint {

    public static final int OBSERVATION_AGE = 3;

    private ChildConversationHint() {
    }

    public static Optional<String> of(List<Conversation> conversations, int childAge) {
        if (conversations.stream().anyMatch(Conversation::heardChildDirectly)) {
            return Optional.empty();
        }
        return Optional.of(childAge < OBSERVATION_AGE
                ? "Der er ikke registreret en observation af barnet. Barnet er under " + OBSERVATION_AGE
                        + " år, så en observation af barnet i hverdagen kan træde i stedet for en samtale."
                : "Der er ikke registreret en samtale med barnet alene. Det anbefales at tale med barnet alene, "
                        + "før screeningen afsluttes.");
    }
}
