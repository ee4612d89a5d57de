package dk.spor.assessment.domain;

import dk.spor.assessment.IcsDimension;

/** A saved section of an investigation; version 0 means nothing has been written on the dimension yet. */
public record InvestigationSection(IcsDimension dimension, String resources, String concerns, String sources,
        int version) {

    public static InvestigationSection empty(IcsDimension dimension) {
        return new InvestigationSection(dimension, null, null, null, 0);
    }

    public boolean isEmpty() {
        return Text.isBlank(resources) && Text.isBlank(concerns) && Text.isBlank(sources);
    }
}
