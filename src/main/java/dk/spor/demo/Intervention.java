package dk.spor.demo;

import dk.spor.demo.DemoOrganisation.ProviderKind;

/** The interventions the demo's decisions grant, with who delivers them and the legal basis. */
enum Intervention {
    FAMILY_TREATMENT("Familiebehandling", "familiebehandling", "barnets lov § 32", ProviderKind.FAMILY_TREATMENT,
            "flere timer i familiebehandlingen i en periode"),
    CONTACT_PERSON("Fast kontaktperson", "en fast kontaktperson", "barnets lov § 32", ProviderKind.CONTACT_PERSON,
            "kontaktpersonen ses to gange om ugen i stedet for én"),
    RESIDENTIAL("Anbringelse på opholdssted", "anbringelse på opholdssted", "barnets lov § 46",
            ProviderKind.RESIDENTIAL, "samværet med forældrene tilrettelægges på ny"),
    FOSTER_CARE("Anbringelse i familiepleje", "anbringelse i familiepleje", "barnets lov § 46",
            ProviderKind.FOSTER_CARE, "plejefamilien får ekstra supervision, og samværet gøres kortere"),
    RESPITE("Aflastning", "aflastning i en aflastningsfamilie hver tredje weekend", "barnets lov § 32",
            ProviderKind.FOSTER_CARE, "aflastningen udvides med en ekstra weekend om måneden"),
    COMPENSATION("Merudgifter og tabt arbejdsfortjeneste", "dækning af merudgifter og tabt arbejdsfortjeneste",
            "serviceloven §§ 41 og 42", null, "bevillingen genberegnes ud fra de faktiske udgifter");

    /** How a follow-up adjusts an early support course that is not working. */
    static final String EARLY_SUPPORT_ADJUSTMENT = "forløbet forlænges med fire samtaler";

    final String title;
    final String description;
    final String legalBasis;
    /** Null for a cash benefit that no provider delivers. */
    final ProviderKind provider;
    /** What a follow-up changes when the child's wellbeing has dropped. */
    final String adjustment;

    Intervention(String title, String description, String legalBasis, ProviderKind provider, String adjustment) {
        this.title = title;
        this.description = description;
        this.legalBasis = legalBasis;
        this.provider = provider;
        this.adjustment = adjustment;
    }

    /** The child lives away from home. */
    boolean isPlacement() {
        return this == RESIDENTIAL || this == FOSTER_CARE;
    }
}
