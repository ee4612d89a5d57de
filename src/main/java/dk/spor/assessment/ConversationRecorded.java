package dk.spor.assessment;

import java.time.LocalDate;

/** A conversation (or, for a small child, an observation) was recorded on a case. */
public record ConversationRecorded(long conversationId, long caseId, long childId, ConversationKind kind,
        LocalDate heldOn) {
}
