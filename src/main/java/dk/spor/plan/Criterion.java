package dk.spor.plan;

import dk.spor.shared.Perspective;

/** A success criterion: one participant's "Hvad vil vi gerne se ske?", in their own words. */
public record Criterion(Perspective perspective, String name, String text) {

    public String line() {
        return perspective.label() + (name == null || name.isBlank() ? "" : " (" + name + ")") + ": " + text;
    }
}
