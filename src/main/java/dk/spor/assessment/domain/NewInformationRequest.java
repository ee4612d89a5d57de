package dk.spor.assessment.domain;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/**
 * A request for information (ICS "Indhentning af oplysninger"). Only what the purpose needs is asked for, with a
 * reply deadline; without the custody holder's consent it takes a justification (barnets lov kap. 7).
 */
public record NewInformationRequest(RecipientKind recipientKind, String recipientName, String purpose,
        String questions, LocalDate replyDue, ConsentBasis consentBasis, String withoutConsentJustification,
        LocalDate sentOn) {

    public NewInformationRequest {
        recipientName = Text.orNull(recipientName);
        purpose = Text.orNull(purpose);
        questions = Text.orNull(questions);
        withoutConsentJustification = Text.orNull(withoutConsentJustification);
    }

    public void validate(LocalDate today) {
        new FieldErrors()
                .required("recipientKind", recipientKind, "Vælg hvilken slags modtager det er.")
                .requiredLine("recipientName", recipientName, "Skriv hvem anmodningen sendes til.")
                .requiredText("purpose", purpose, "Skriv formålet: hvorfor oplysningerne er nødvendige.")
                .requiredText("questions", questions, "Skriv de konkrete spørgsmål, modtageren skal svare på.")
                .required("replyDue", replyDue, "Skriv svarfristen.")
                .after("replyDue", replyDue, today, "Svarfristen skal ligge efter i dag.")
                .required("consentBasis", consentBasis, "Vælg om oplysningerne indhentes med eller uden samtykke.")
                .requiredTextWhen(consentBasis == ConsentBasis.WITHOUT_CONSENT, "withoutConsentJustification",
                        withoutConsentJustification,
                        "Begrund hvorfor det er nødvendigt at indhente oplysningerne uden samtykke.")
                .required("sentOn", sentOn, "Skriv hvornår anmodningen blev sendt.")
                .notInFuture("sentOn", sentOn, today, "Datoen kan ikke ligge efter i dag.")
                .throwIfAny();
    }
}
