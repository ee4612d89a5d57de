package dk.spor.assessment.domain;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/** The reply to an information request, summarised: the essence, not the whole statement. */
public record InformationReply(LocalDate receivedOn, String replySummary) {

    public InformationReply {
        replySummary = Text.orNull(replySummary);
    }

    public void validate(InformationRequest request, LocalDate today) {
        if (!request.isAwaitingReply()) {
            throw new AssessmentRejected("Svaret på denne anmodning er allerede registreret.");
        }
        new FieldErrors()
                .required("receivedOn", receivedOn, "Skriv hvornår svaret kom.")
                .notInFuture("receivedOn", receivedOn, today, "Datoen kan ikke ligge efter i dag.")
                .notBefore("receivedOn", receivedOn, request.sentOn(),
                        "Svaret kan ikke være modtaget, før anmodningen blev sendt.")
                .requiredText("replySummary", replySummary, "Skriv et kort resumé af svaret.")
                .throwIfAny();
    }
}
