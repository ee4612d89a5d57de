package dk.spor.demo;

import dk.spor.decision.DecisionType;
import dk.spor.demo.DemoOrganisation.ProviderKind;

/**
 * The interventions the demo's decisions grant, with who delivers them and the legal basis. {@code decisionType},
 * {@code legalBasisId} and {@code subtype} are how the decision module records it; the cash benefit has no legal
 * basis in its reference data, so it gets no decision record.
 */
enum Intervention {
    FAMILY_TREATMENT("Familiebehandling", "familiebehandling", "barnets lov § 32", ProviderKind.FAMILY_TREATMENT,
            "flere timer i familiebehandlingen i en periode", DecisionType.SUPPORTIVE, "Familiebehandling"),
    CONTACT_PERSON("Fast kontaktperson", "en fast kontaktperson", "barnets lov § 32", ProviderKind.CONTACT_PERSON,
            "kontaktpersonen ses to gange om ugen i stedet for én", DecisionType.SUPPORTIVE, "Fast kontaktperson"),
    RESIDENTIAL("Anbringelse på opholdssted", "anbringelse på opholdssted", "barnets lov § 46",
            ProviderKind.RESIDENTIAL, "samværet med forældrene tilrettelægges på ny", DecisionType.PLACEMENT, "Opholdssted"),
    FOSTER_CARE("Anbringelse i familiepleje", "anbringelse i familiepleje", "barnets lov § 46",
            ProviderKind.FOSTER_CARE, "plejefamilien får ekstra supervision, og samværet gøres kortere", DecisionType.PLACEMENT,
            "Plejefamilie"),
    RESPITE("Aflastning", "aflastning i en aflastningsfamilie hver tredje weekend", "barnets lov § 32",
            ProviderKind.FOSTER_CARE, "aflastningen udvides med en ekstra weekend om måneden", DecisionType.SUPPORTIVE,
            "Aflastning"),
    COMPENSATION("Merudgifter og tabt arbejdsfortjeneste", "dækning af merudgifter og tabt arbejdsfortjeneste",
            "serviceloven §§ 41 og 42", null, "bevillingen genberegnes ud fra de faktiske udgifter", null, null);

    /** How a follow-up adjusts an early support course that is not working. */
    static final String EARLY_SUPPORT_ADJUSTMENT = "forløbet forlænges med fire samtaler";

    final String title;
    final String description;
    final String legalBasis;
    /** Null for a cash benefit that no provider delivers. */
    final ProviderKind provider;
    /** What a follow-up changes when the child's wellbeing has dropped. */
    final String adjustment;
    /** Null for the cash benefit. */
    final DecisionType decisionType;
    /** The kind of support or placement, one of the legal basis's subtypes. */
    final String subtype;

    Intervention(String title, String description, String legalBasis, ProviderKind provider, String adjustment,
            DecisionType decisionType, String subtype) {
        this.title = title;
        this.description = description;
        this.legalBasis = legalBasis;
        this.provider = provider;
        this.adjustment = adjustment;
        this.decisionType = decisionType;
        this.subtype = subtype;
    }

    /** The legal_basis row the decision rests on. */
    String legalBasisId() {
        return decisionType == DecisionType.PLACEMENT ? "BL-46" : "BL-32";
    }

    /** Expected duration in months (barnets lov § 32, stk. 3), as the decision text states it. */
    int expectedDurationMonths() {
        return isPlacement() ? 12 : 6;
    }

    /** The child lives away from home. */
    boolean isPlacement() {
        return this == RESIDENTIAL || this == FOSTER_CARE;
    }
}
