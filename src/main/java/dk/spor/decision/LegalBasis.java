package dk.spor.decision;

import java.util.List;

/** A legal basis a decision may rest on, with the sub-types it offers (reference data). */
public record LegalBasis(String id, String paragraph, String title, List<DecisionType> decisionTypes,
        List<String> subtypes) {

    public String label() {
        return paragraph + ": " + title;
    }
}
