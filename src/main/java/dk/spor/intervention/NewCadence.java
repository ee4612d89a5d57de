package dk.spor.intervention;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/** A follow-up cadence as the caseworker decides it. */
public record NewCadence(Integer intervalAmount, CadenceUnit intervalUnit, String justification, String childWish,
        LocalDate decidedOn) {

    public FieldErrors validate(LocalDate today) {
        FieldErrors errors = new FieldErrors()
                .required("intervalAmount", intervalAmount, "Skriv hvor ofte der følges op, fx 3.")
                .required("intervalUnit", intervalUnit, "Vælg uger eller måneder.")
                .requiredText("justification", justification,
                        "Begrund kadencen. Begrundelsen gives til barnet og forældrene (barnets lov § 95).")
                .text("childWish", childWish)
                .required("decidedOn", decidedOn, "Skriv datoen for beslutningen.")
                .notInFuture("decidedOn", decidedOn, today, "Datoen kan ikke ligge i fremtiden.");
        if (intervalAmount != null && (intervalAmount < 1 || intervalAmount > 52)) {
            errors.reject("intervalAmount", "Skriv et interval fra 1 til 52.");
        }
        return errors;
    }
}
