package dk.spor.plan;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/** The plan as the caseworker writes it with the child and the parents. */
public record PlanDraft(LocalDate establishedOn, String purpose, String childView, String parentsView,
        String support) {

    public FieldErrors validate(LocalDate today) {
        return new FieldErrors()
                .required("establishedOn", establishedOn, "Skriv datoen, hvor planen blev udarbejdet.")
                .notInFuture("establishedOn", establishedOn, today, "Datoen kan ikke ligge i fremtiden.")
                .requiredText("purpose", purpose, "Skriv det overordnede formål med indsatsen.")
                .eitherText("childView", childView, "parentsView", parentsView,
                        "Skriv barnets eller forældrenes syn på planen. Planen laves sammen med familien.")
                .text("support", support);
    }
}
