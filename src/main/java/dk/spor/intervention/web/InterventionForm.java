package dk.spor.intervention.web;

import java.util.ArrayList;
import java.util.List;

import dk.spor.intervention.InterventionDraft;
import dk.spor.shared.FieldErrors;

/** The new-intervention form exactly as typed, so nothing is lost when it is shown again with messages. */
public class InterventionForm {

    private String decisionId;
    private String typeCode;
    private String providerId;
    private String providerContact;
    private String purpose;
    private String expectedDurationMonths;
    private String grantedOn;
    private String plannedStartOn;
    private List<Long> goalIds = new ArrayList<>();

    static InterventionForm of(InterventionDraft draft) {
        InterventionForm form = new InterventionForm();
        form.decisionId = draft.decisionId() == null ? null : draft.decisionId().toString();
        form.typeCode = draft.typeCode();
        form.purpose = draft.purpose();
        form.expectedDurationMonths = draft.expectedDurationMonths() == null ? null
                : draft.expectedDurationMonths().toString();
        form.grantedOn = draft.grantedOn() == null ? null : draft.grantedOn().toString();
        return form;
    }

    InterventionDraft toDraft(FieldErrors errors) {
        return new InterventionDraft(number("decisionId", decisionId, errors), blankToNull(typeCode),
                number("providerId", providerId, errors), providerContact, purpose,
                months(errors), errors.date("grantedOn", grantedOn), errors.date("plannedStartOn", plannedStartOn),
                goalIds);
    }

    private Integer months(FieldErrors errors) {
        Long months = number("expectedDurationMonths", expectedDurationMonths, errors);
        return months == null ? null : Math.toIntExact(Math.min(months, Integer.MAX_VALUE));
    }

    private static Long number(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "Skriv et helt tal.");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getProviderId() { return providerId; }
    public void setProviderId(String providerId) { this.providerId = providerId; }
    public String getProviderContact() { return providerContact; }
    public void setProviderContact(String providerContact) { this.providerContact = providerContact; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getExpectedDurationMonths() { return expectedDurationMonths; }
    public void setExpectedDurationMonths(String expectedDurationMonths) { this.expectedDurationMonths = expectedDurationMonths; }
    public String getGrantedOn() { return grantedOn; }
    public void setGrantedOn(String grantedOn) { this.grantedOn = grantedOn; }
    public String getPlannedStartOn() { return plannedStartOn; }
    public void setPlannedStartOn(String plannedStartOn) { this.plannedStartOn = plannedStartOn; }
    public List<Long> getGoalIds() { return goalIds; }
    public void setGoalIds(List<Long> goalIds) { this.goalIds = goalIds; }
}
