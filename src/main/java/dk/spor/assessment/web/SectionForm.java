package dk.spor.assessment.web;

import dk.spor.assessment.domain.InvestigationSection;
import dk.spor.assessment.domain.SectionDraft;

/** One ICS section as typed, with the version the user saw. */
record SectionForm(String resources, String concerns, String sources, String version) {

    static SectionForm of(InvestigationSection section) {
        return new SectionForm(section.resources(), section.concerns(), section.sources(),
                String.valueOf(section.version()));
    }

    SectionDraft toDraft() {
        return new SectionDraft(resources, concerns, sources);
    }
}
