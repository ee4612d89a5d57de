package dk.spor.plan;

import java.util.List;
import java.util.stream.Collectors;

import dk.spor.shared.FieldErrors;

/**
 * A goal as it is set or revised: the family's words, the ICS dimensions it concerns, the criteria, the supporters,
 * its status and, for a change, why. Blank criterion and supporter rows are left out before this is built.
 */
public record GoalDraft(String title, List<Integer> dimensionIds, List<Criterion> criteria,
        List<Supporter> supporters, GoalStatus status, String statusReason, String reason) {

    public static final int MAX_TITLE = 300;

    public GoalDraft {
        dimensionIds = dimensionIds == null ? List.of() : List.copyOf(dimensionIds);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
        status = status == null ? GoalStatus.ACTIVE : status;
    }

    /** A new goal is active and needs no reason; a change of an existing goal must say why. */
    public FieldErrors validate(boolean change) {
        FieldErrors errors = new FieldErrors()
                .required("title", title, "Skriv målet, gerne med barnets eller familiens egne ord.")
                .maxLength("title", title, MAX_TITLE)
                .requiredTextWhen(change, "reason", reason, "Skriv hvorfor målet ændres. Begrundelsen gemmes i målets historik.")
                .requiredTextWhen(status != GoalStatus.ACTIVE, "statusReason", statusReason,
                        "Skriv hvorfor målet er " + status.label().toLowerCase() + ".");
        if (criteria.isEmpty()) {
            errors.reject("criteria", "Skriv mindst ét tegn på, at målet er nået: hvad vil I gerne se ske?");
        }
        criteria.forEach(c -> errors.maxLength("criteria", c.text(), FieldErrors.MAX_TEXT)
                .maxLength("criteria", c.name(), FieldErrors.MAX_LINE));
        supporters.forEach(s -> errors.maxLength("supporters", s.contribution(), FieldErrors.MAX_TEXT)
                .maxLength("supporters", s.name(), FieldErrors.MAX_LINE));
        return errors;
    }

    /** The goal's content as readable lines, kept before and after each change in the goal's history. */
    public String details(List<String> dimensionNames) {
        return lines("Se ske", criteria.stream().map(Criterion::line).toList())
                + lines("Støtte", supporters.stream().map(Supporter::line).toList())
                + lines("ICS", dimensionNames);
    }

    private static String lines(String heading, List<String> lines) {
        return lines.isEmpty() ? "" : lines.stream().map(line -> heading + " – " + line)
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
