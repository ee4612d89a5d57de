package dk.spor.intake;

import dk.spor.shared.FieldErrors;

/**
 * The assessment within 24 hours of whether the child is in acute danger and needs immediate help
 * (barnets lov § 136, Delvejledning 2).
 */
public record AcuteAssessment(Boolean acuteDanger, String immediateAction, String reasons) {

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors()
                .required("acuteDanger", acuteDanger, "Vælg om barnet er i akut fare.")
                .required("reasons", reasons, "Begrund vurderingen.")
                .maxLength("reasons", reasons, FieldErrors.MAX_TEXT)
                .maxLength("immediateAction", immediateAction, FieldErrors.MAX_TEXT);
        if (Boolean.TRUE.equals(acuteDanger)) {
            errors.required("immediateAction", immediateAction,
                    "Barnet er vurderet i akut fare: beskriv hvad der gøres straks.");
        }
        return errors;
    }
}
