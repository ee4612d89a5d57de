package dk.spor.statusreport;

import java.time.LocalDate;
import java.util.List;

import dk.spor.shared.FieldErrors;

/**
 * What the provider writes on the common template. A draft may be incomplete; a report that is sent must answer
 * every part, so the caseworker can assess per goal whether the intervention needs adjusting (fælles skabelon,
 * Herlev), and must say whether it was reviewed with the family before it was sent.
 */
public record StatusReportDraft(LocalDate periodFrom, LocalDate periodTo, String whatHappened, List<GoalSection> goals,
        String childView, String familyCooperation, String concerns, Recommendation recommendation,
        String recommendationReason, LocalDate reviewedWithFamilyOn, String notReviewedReason) {

    public StatusReportDraft {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** Field names are the form's: {@code goals[0].attainment} for the first goal's attainment. */
    public FieldErrors validate(boolean submitting, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
            errors.reject("periodTo", "Periodens slutdato skal ligge efter startdatoen.");
        }
        errors.notInFuture("periodTo", periodTo, today, "Perioden kan ikke slutte efter i dag.")
                .notInFuture("reviewedWithFamilyOn", reviewedWithFamilyOn, today,
                        "Datoen for gennemgangen med familien kan ikke ligge efter i dag.");
        if (submitting) {
            errors.required("periodFrom", periodFrom, "Angiv, hvornår perioden begynder.")
                    .required("periodTo", periodTo, "Angiv, hvornår perioden slutter.")
                    .required("whatHappened", whatHappened, "Beskriv, hvad der er sket i indsatsen i perioden.");
        }
        for (int i = 0; i < goals.size(); i++) {
            GoalSection goal = goals.get(i);
            String prefix = "goals[" + i + "].";
            if (submitting) {
                errors.required(prefix + "attainment", goal.attainment(),
                        "Vælg, hvor langt barnet er nået med målet »" + goal.goalTitle() + "«.")
                        .required(prefix + "observations", goal.observations(),
                                "Beskriv, hvad I har set i forhold til målet »" + goal.goalTitle() + "«.");
            }
            errors.text(prefix + "actions", goal.actions()).text(prefix + "observations", goal.observations());
        }
        if (submitting) {
            errors.required("childView", childView, "Skriv barnets egen vurdering – eller hvorfor den mangler.")
                    .required("familyCooperation", familyCooperation, "Beskriv samarbejdet med familien.")
                    .required("recommendation", recommendation, "Vælg jeres anbefaling.")
                    .required("recommendationReason", recommendationReason, "Begrund anbefalingen.")
                    .eitherText("reviewedWithFamilyOn", reviewedWithFamilyOn == null ? null : "x",
                            "notReviewedReason", notReviewedReason,
                            "Angiv, hvornår rapporten er gennemgået med familien, eller hvorfor det ikke er sket.");
        }
        return errors.text("whatHappened", whatHappened).text("childView", childView)
                .text("familyCooperation", familyCooperation).text("concerns", concerns)
                .text("recommendationReason", recommendationReason).text("notReviewedReason", notReviewedReason);
    }
}
