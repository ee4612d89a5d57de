package dk.spor.intervention;

import java.time.LocalDate;
import java.util.List;

import dk.spor.shared.FieldErrors;

/** A new intervention as the caseworker fills it in, from a decision (prefilled) or on its own. */
public record InterventionDraft(Long decisionId, String typeCode, Long providerId, String providerContact,
        String purpose, Integer expectedDurationMonths, LocalDate grantedOn, LocalDate plannedStartOn,
        List<Long> goalIds) {

    static final int MAX_DURATION_MONTHS = 120;

    public InterventionDraft {
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
    }

    public FieldErrors validate(LocalDate today) {
        FieldErrors errors = new FieldErrors()
                .required("typeCode", typeCode, "Vælg hvilken indsats der er bevilget.")
                .requiredText("purpose", purpose, "Skriv formålet med indsatsen.")
                .required("grantedOn", grantedOn, "Skriv datoen for bevillingen.")
                .notInFuture("grantedOn", grantedOn, today, "Bevillingsdatoen kan ikke ligge i fremtiden.")
                .notBefore("plannedStartOn", plannedStartOn, grantedOn, "Den planlagte start kan ikke ligge før bevillingen.")
                .maxLength("providerContact", providerContact, FieldErrors.MAX_LINE);
        if (expectedDurationMonths != null && (expectedDurationMonths < 1 || expectedDurationMonths > MAX_DURATION_MONTHS)) {
            errors.reject("expectedDurationMonths", "Skriv varigheden som 1 til " + MAX_DURATION_MONTHS + " måneder.");
        }
        return errors;
    }
}
