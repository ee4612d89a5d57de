package dk.spor.deadline;

import java.time.LocalDate;

import dk.spor.organisation.Role;

/**
 * One version of a deadline rule: what starts the clock, how long it runs, what stops it, whom it escalates to
 * and when the version applies. Versions are never changed; a change is a new version, and a deadline keeps the
 * version it was computed with. {@code triggerEventDa} is phrased to follow "efter" ("6 hverdage efter
 * modtagelsen af underretningen"). {@code escalateTo} is {@link Role#TEAM_LEADER} or null (no escalation).
 */
public record DeadlineRule(String id, int version, String nameDa, String source, String legalReference,
        String triggerEvent, String triggerEventDa, DeadlineDuration duration, String completionEvent,
        String completionEventDa, Role escalateTo, LocalDate validFrom, LocalDate validTo, Scope scope) {

    /** National rules come from law or national guidance; municipal ones are local practice. */
    public enum Scope {
        NATIONAL("Landsdækkende"), MUNICIPALITY("Kommunal");

        private final String danishLabel;

        Scope(String danishLabel) {
            this.danishLabel = danishLabel;
        }

        public String danishLabel() {
            return danishLabel;
        }
    }

    public DeadlineRule {
        requireText(id, "id");
        requireText(nameDa, "nameDa");
        requireText(source, "source");
        requireText(legalReference, "legalReference");
        requireText(triggerEvent, "triggerEvent");
        requireText(triggerEventDa, "triggerEventDa");
        requireText(completionEvent, "completionEvent");
        requireText(completionEventDa, "completionEventDa");
        if (version < 1 || duration == null || validFrom == null || scope == null) {
            throw new IllegalArgumentException("Rule " + id + " needs a version, a duration, a start date and a scope");
        }
        if (escalateTo != null && escalateTo != Role.TEAM_LEADER) {
            throw new IllegalArgumentException("Rule " + id + " can only escalate to the team leader");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Rule " + id + " ends before it starts");
        }
    }

    public boolean escalatesToTeamLeader() {
        return escalateTo == Role.TEAM_LEADER;
    }

    /** "6 hverdage efter modtagelsen af underretningen". */
    public String computedAs() {
        return duration.danish() + " efter " + triggerEventDa;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A deadline rule needs " + field);
        }
    }
}
