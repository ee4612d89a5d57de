package dk.spor.assessment.domain;

import java.time.LocalDate;

import dk.spor.assessment.ConversationKind;
import dk.spor.shared.FieldErrors;

/** A conversation as the caseworker records it. The child's own words are kept apart from the summary. */
public record NewConversation(LocalDate heldOn, ConversationKind kind, String participants, boolean twoCaseworkers,
        String twoCaseworkersReason, boolean childInformed, String childsOwnWords, String summary) {

    public NewConversation {
        participants = Text.orNull(participants);
        twoCaseworkersReason = Text.orNull(twoCaseworkersReason);
        childsOwnWords = Text.orNull(childsOwnWords);
        summary = Text.orNull(summary);
    }

    public void validate(LocalDate today) {
        boolean childHeardDirectly = kind != null && kind.hearsChildDirectly();
        new FieldErrors()
                .required("heldOn", heldOn, "Skriv datoen for samtalen.")
                .notInFuture("heldOn", heldOn, today, "Datoen kan ikke ligge efter i dag.")
                .required("kind", kind, "Vælg hvem samtalen var med.")
                .requiredText("participants", participants, "Skriv hvem der deltog.")
                .requiredTextWhen(twoCaseworkers, "twoCaseworkersReason", twoCaseworkersReason,
                        "Skriv hvorfor I var to rådgivere.")
                .requiredTextWhen(childHeardDirectly, "childsOwnWords", childsOwnWords,
                        "Skriv barnets egne ord, det du observerede, eller at barnet ikke ønskede at sige noget.")
                .requiredText("summary", summary, "Skriv et resumé af samtalen.")
                .throwIfAny();
    }
}
