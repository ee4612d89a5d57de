package dk.spor.assessment.domain;

import dk.spor.shared.FieldErrors;

/** One ICS dimension of an investigation: the resources, the concerns and where the knowledge comes from. */
public record SectionDraft(String resources, String concerns, String sources) {

    public SectionDraft {
        resources = Text.orNull(resources);
        concerns = Text.orNull(concerns);
        sources = Text.orNull(sources);
    }

    public void validate() {
        new FieldErrors().text("resources", resources).text("concerns", concerns).text("sources", sources).throwIfAny();
    }
}
