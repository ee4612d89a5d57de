package dk.spor.deadline.rules;

import java.time.Instant;

import dk.spor.deadline.DeadlineRule;

/** A rule version with who made it and when; {@code createdBy} is null for versions shipped with Spor. */
public record RuleVersion(DeadlineRule rule, Instant createdAt, Long createdBy) {
}
