package dk.spor.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.assessment.ConversationKind;

/** A recorded conversation (or observation) on a case. */
public record Conversation(long id, long caseId, LocalDate heldOn, ConversationKind kind, String participants,
        boolean twoCaseworkers, String twoCaseworkersReason, boolean childInformed, String childsOwnWords,
        String summary, String recordedByName, Instant recordedAt) {

    public boolean heardChildDirectly() {
        return kind.hearsChildDirectly();
    }
}
