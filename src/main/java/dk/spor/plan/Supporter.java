package dk.spor.plan;

import dk.spor.shared.Perspective;

/** Who supports the goal, and with what: the network, the school, the provider, the parents. */
public record Supporter(Perspective perspective, String name, String contribution) {

    public String line() {
        return perspective.label() + (name == null || name.isBlank() ? "" : " (" + name + ")") + ": " + contribution;
    }
}
