package dk.spor.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.spor.shared.FieldErrors;

/**
 * The minutes as typed: per agenda item, who attended, the child's view and the conversation with the child alone,
 * Signs of Safety per goal, the decisions on adjustment, and the next follow-up date. A draft can be saved at any
 * time; closing the minutes holds the meeting and needs the next follow-up date (seed 002b VO5, VF7).
 */
public record Minutes(Map<Long, String> itemMinutes, Set<Long> attended, String childView, Boolean childAlone,
        String childAloneSummary, List<GoalReview> goalReviews, String decisions, LocalDate nextFollowUpOn,
        boolean callChild) {

    static final int MAX_MONTHS_TO_NEXT = 12;

    /** What a draft must satisfy: no text longer than the fields take. */
    public FieldErrors validateDraft() {
        FieldErrors errors = new FieldErrors().text("childView", childView).text("childAloneSummary", childAloneSummary)
                .text("decisions", decisions);
        itemMinutes.forEach((id, text) -> errors.text("item[" + id + "]", text));
        goalReviews.forEach(review -> errors.text("worries[" + review.goalId() + "]", review.worries())
                .text("working[" + review.goalId() + "]", review.working())
                .text("mustHappen[" + review.goalId() + "]", review.mustHappen()));
        return errors;
    }

    /**
     * What closing the minutes needs on top of a draft: the meeting has begun, whether the child was heard alone
     * (and what the child said), and the next follow-up date after the meeting.
     */
    public FieldErrors validateForClosing(LocalDate meetingDate, boolean meetingHasBegun) {
        FieldErrors errors = validateDraft();
        if (!meetingHasBegun) {
            errors.reject("meeting", "Mødet er ikke begyndt endnu. Referatet kan afsluttes, når mødet er holdt; "
                    + "indtil da kan du gemme det som kladde.");
        }
        errors.required("childAlone", childAlone, "Angiv om der har været en samtale med barnet alene.")
                .requiredTextWhen(Boolean.TRUE.equals(childAlone), "childAloneSummary", childAloneSummary,
                        "Skriv hvad barnet sagde i samtalen alene.")
                .required("nextFollowUpOn", nextFollowUpOn,
                        "Skriv datoen for næste opfølgning. Referatet kan ikke afsluttes uden en dato for næste opfølgning.")
                .after("nextFollowUpOn", nextFollowUpOn, meetingDate, "Næste opfølgning skal ligge efter mødet.")
                .notAfter("nextFollowUpOn", nextFollowUpOn, meetingDate.plusMonths(MAX_MONTHS_TO_NEXT),
                        "Næste opfølgning kan højst ligge " + MAX_MONTHS_TO_NEXT + " måneder efter mødet.");
        return errors;
    }
}
