package dk.spor.assessment.domain;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/** The undersøgelsesplan: what is to be investigated, with whom, and when the family gets the result. */
public record PlanDraft(String purpose, String questions, String sources, LocalDate expectedCompletion,
        boolean sharedWithFamily) {

    public PlanDraft {
        purpose = Text.orNull(purpose);
        questions = Text.orNull(questions);
        sources = Text.orNull(sources);
    }

    /** A BFU's plan may not promise a result after the deadline unless the caseworker has said it will be missed. */
    public void validate(Investigation investigation, LocalDate startedOn) {
        LocalDate due = investigation.dueDate();
        FieldErrors checks = new FieldErrors()
                .requiredText("purpose", purpose, "Skriv problemstillingen: hvad skal undersøges, og hvorfor.")
                .requiredText("questions", questions, "Skriv de spørgsmål, der skal belyses.")
                .requiredText("sources", sources, "Skriv hvem du vil tale med, og hvilke oplysninger du vil indhente.")
                .required("expectedCompletion", expectedCompletion, "Skriv hvornår du forventer at være færdig.")
                .notBefore("expectedCompletion", expectedCompletion, startedOn,
                        "Datoen kan ikke ligge før undersøgelsen begyndte.");
        if (due != null && !investigation.deadlineWillBeMissed()) {
            checks.notAfter("expectedCompletion", expectedCompletion, due,
                    "Datoen ligger efter fristen for den børnefaglige undersøgelse. Vælg en dato senest på "
                            + "fristen, eller skriv en foreløbig vurdering og markér, at fristen ikke kan "
                            + "overholdes.");
        }
        checks.throwIfAny();
    }
}
