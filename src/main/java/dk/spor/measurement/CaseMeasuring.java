package dk.spor.measurement;

import java.time.LocalDate;
import java.util.List;

import dk.spor.plan.Goal;

/**
 * What measuring on a case depends on: the child's first name and age, the case's active goals (for instruments
 * scored per goal) and a FIT exemption, if one is in force.
 */
public record CaseMeasuring(long caseId, long childId, String childFirstName, LocalDate childBirthDate, boolean caseOpen,
        List<Goal> activeGoals, FitExemption fitExemption, LocalDate today) {

    public CaseMeasuring {
        activeGoals = List.copyOf(activeGoals);
    }

    public int childAge() {
        return ageOn(today);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(childBirthDate, day).getYears();
    }

    public boolean fitExempt() {
        return fitExemption != null;
    }

    MeasurementRules.Context rulesFor(List<Instrument> family) {
        return new MeasurementRules.Context(family, childAge(), activeGoals.stream().map(Goal::id)
                .collect(java.util.stream.Collectors.toSet()), fitExempt(), today);
    }
}
