package dk.spor.plan;

import java.util.Comparator;
import java.util.List;

/**
 * Which plan a child of a given age gets, from the reference data's age thresholds (barnets lov § 108, stk. 2: an
 * ungeplan from 16). The kind with the highest threshold the age has reached applies.
 */
public record PlanKindRule(List<Threshold> thresholds) {

    public record Threshold(PlanKind kind, int fromAge) {
    }

    public PlanKindRule {
        if (thresholds.stream().noneMatch(t -> t.fromAge() == 0)) {
            throw new IllegalArgumentException("Every age needs a plan kind; a threshold must start at 0");
        }
        thresholds = List.copyOf(thresholds);
    }

    public PlanKind forAge(int age) {
        return thresholds.stream().filter(t -> t.fromAge() <= age)
                .max(Comparator.comparingInt(Threshold::fromAge)).orElseThrow().kind();
    }

    /** The age from which {@code kind} applies, e.g. 16 for the ungeplan. */
    public int fromAge(PlanKind kind) {
        return thresholds.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow().fromAge();
    }
}
