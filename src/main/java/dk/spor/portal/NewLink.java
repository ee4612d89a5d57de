package dk.spor.portal;

import dk.spor.shared.Perspective;

/**
 * A one-time link as the caseworker asks for it: who answers (the child, a parent or a network person, registered
 * or typed in), which instrument (and goal), and for how many days the link works.
 */
public record NewLink(String instrumentCode, Long goalId, Perspective perspective, Long personId,
        String respondentName, Integer validDays) {
}
