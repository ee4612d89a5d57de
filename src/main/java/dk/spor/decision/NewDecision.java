package dk.spor.decision;

import java.time.LocalDate;

import dk.spor.shared.FieldErrors;

/** A decision as the caseworker fills it in. */
public record NewDecision(DecisionType type, String legalBasisId, String subtype, String purpose, String expectedEffect,
        Integer expectedDurationMonths, String childView, String childViewMissingReason, String parentsView,
        LocalDate decidedOn, LocalDate notifiedOn, String complaintGuidance) {

    static final int MAX_DURATION_MONTHS = 120;

    /**
     * Checks the decision against the legal requirements: the child's view (or why it could not be obtained), and
     * for a granted intervention the purpose, expected effect and expected duration (§ 32 stk. 3).
     */
    public FieldErrors validate(LegalBasis basis, LocalDate today) {
        FieldErrors errors = new FieldErrors()
                .required("type", type, "Vælg hvilken slags afgørelse det er.")
                .required("legalBasisId", legalBasisId, "Vælg lovgrundlaget.")
                .required("purpose", purpose, "Skriv formålet med afgørelsen.")
                .required("decidedOn", decidedOn, "Skriv datoen for afgørelsen.")
                .required("complaintGuidance", complaintGuidance, "Afgørelsen skal have en klagevejledning.")
                .maxLength("purpose", purpose, FieldErrors.MAX_TEXT)
                .maxLength("expectedEffect", expectedEffect, FieldErrors.MAX_TEXT)
                .maxLength("childView", childView, FieldErrors.MAX_TEXT)
                .maxLength("childViewMissingReason", childViewMissingReason, FieldErrors.MAX_TEXT)
                .maxLength("parentsView", parentsView, FieldErrors.MAX_TEXT)
                .maxLength("complaintGuidance", complaintGuidance, FieldErrors.MAX_TEXT);
        if (isBlank(childView) && isBlank(childViewMissingReason)) {
            errors.reject("childView", "Barnets synspunkt skal fremgå af afgørelsen. Skriv barnets synspunkt, "
                    + "eller begrund hvorfor det ikke har kunnet indhentes.");
        }
        if (basis != null && type != null && !basis.decisionTypes().contains(type)) {
            errors.reject("legalBasisId", basis.label() + " kan ikke bruges til " + type.danishLabel().toLowerCase() + ".");
        }
        if (type != null && type.grantsIntervention()) {
            errors.required("expectedEffect", expectedEffect, "Beskriv den forventede virkning for barnet.")
                    .required("expectedDurationMonths", expectedDurationMonths,
                            "Skriv den forventede varighed i måneder (barnets lov § 32, stk. 3).");
            if (basis != null && !basis.subtypes().isEmpty() && (subtype == null || !basis.subtypes().contains(subtype))) {
                errors.reject("subtype", "Vælg hvilken indsats afgørelsen gælder.");
            }
        }
        if (expectedDurationMonths != null && (expectedDurationMonths < 1 || expectedDurationMonths > MAX_DURATION_MONTHS)) {
            errors.reject("expectedDurationMonths", "Varigheden skal være mellem 1 og " + MAX_DURATION_MONTHS + " måneder.");
        }
        if (decidedOn != null && decidedOn.isAfter(today)) {
            errors.reject("decidedOn", "Afgørelsens dato kan ikke ligge i fremtiden.");
        }
        if (notifiedOn != null && (notifiedOn.isAfter(today) || (decidedOn != null && notifiedOn.isBefore(decidedOn)))) {
            errors.reject("notifiedOn", "Datoen for meddelelse skal ligge mellem afgørelsens dato og i dag.");
        }
        return errors;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
