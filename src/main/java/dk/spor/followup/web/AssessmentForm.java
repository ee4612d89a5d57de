package dk.spor.followup.web;

import java.util.List;
import java.util.Objects;

import dk.spor.assessment.InvestigationKind;
import dk.spor.followup.AssessmentOutcome;
import dk.spor.followup.NewAssessment;
import dk.spor.shared.FieldErrors;

/** The assessment of one piece of new information, as typed, with the version the user saw. */
public record AssessmentForm(String outcome, String assessment, List<String> interventionIds, String adjustment,
        String meetingStartsAt, String investigationKind, String version) {

    static AssessmentForm empty(int version) {
        return new AssessmentForm(null, null, List.of(), null, null, null, String.valueOf(version));
    }

    public AssessmentForm {
        interventionIds = interventionIds == null ? List.of() : interventionIds;
    }

    NewAssessment toAssessment(FieldErrors errors) {
        List<Long> ids = interventionIds.stream().map(id -> FormValues.id("interventionIds", id, errors))
                .filter(Objects::nonNull).toList();
        return new NewAssessment(FormValues.choice(AssessmentOutcome.class, outcome), assessment, ids, adjustment,
                FormValues.dateTime("meetingStartsAt", meetingStartsAt, errors),
                FormValues.choice(InvestigationKind.class, investigationKind));
    }

    public boolean chose(long interventionId) {
        return interventionIds.contains(String.valueOf(interventionId));
    }
}
