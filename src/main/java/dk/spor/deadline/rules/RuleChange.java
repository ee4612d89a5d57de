package dk.spor.deadline.rules;

import java.time.LocalDate;

import dk.spor.deadline.DeadlineDuration;

/** What an administrator may change in a rule; everything else is carried over to the new version. */
public record RuleChange(String nameDa, DeadlineDuration duration, LocalDate validFrom, LocalDate validTo) {
}
