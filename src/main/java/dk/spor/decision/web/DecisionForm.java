package dk.spor.decision.web;


import dk.spor.decision.DecisionType;
import dk.spor.decision.NewDecision;
import dk.spor.shared.FieldErrors;

/** The decision form exactly as typed, so nothing is lost when it is shown again with messages. */
public class DecisionForm {

    private String type;
    private String legalBasisId;
    private String subtype;
    private String purpose;
    private String expectedEffect;
    private String expectedDurationMonths;
    private String childView;
    private String childViewMissingReason;
    private String parentsView;
    private String decidedOn;
    private String notifiedOn;
    private String complaintGuidance;

    NewDecision toDecision(FieldErrors errors) {
        DecisionType parsedType = null;
        if (type != null && !type.isBlank()) {
            try {
                parsedType = DecisionType.valueOf(type);
            } catch (IllegalArgumentException e) {
                errors.reject("type", "Vælg hvilken slags afgørelse det er.");
            }
        }
        Integer months = null;
        if (expectedDurationMonths != null && !expectedDurationMonths.isBlank()) {
            try {
                months = Integer.valueOf(expectedDurationMonths.strip());
            } catch (NumberFormatException e) {
                errors.reject("expectedDurationMonths", "Skriv varigheden som et helt antal måneder, fx 6.");
            }
        }
        return new NewDecision(parsedType, blankToNull(legalBasisId), blankToNull(subtype), purpose, expectedEffect,
                months, childView, childViewMissingReason, parentsView, errors.date("decidedOn", decidedOn),
                errors.date("notifiedOn", notifiedOn), complaintGuidance);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getLegalBasisId() { return legalBasisId; }
    public void setLegalBasisId(String legalBasisId) { this.legalBasisId = legalBasisId; }
    public String getSubtype() { return subtype; }
    public void setSubtype(String subtype) { this.subtype = subtype; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getExpectedEffect() { return expectedEffect; }
    public void setExpectedEffect(String expectedEffect) { this.expectedEffect = expectedEffect; }
    public String getExpectedDurationMonths() { return expectedDurationMonths; }
    public void setExpectedDurationMonths(String expectedDurationMonths) { this.expectedDurationMonths = expectedDurationMonths; }
    public String getChildView() { return childView; }
    public void setChildView(String childView) { this.childView = childView; }
    public String getChildViewMissingReason() { return childViewMissingReason; }
    public void setChildViewMissingReason(String childViewMissingReason) { this.childViewMissingReason = childViewMissingReason; }
    public String getParentsView() { return parentsView; }
    public void setParentsView(String parentsView) { this.parentsView = parentsView; }
    public String getDecidedOn() { return decidedOn; }
    public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }
    public String getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(String notifiedOn) { this.notifiedOn = notifiedOn; }
    public String getComplaintGuidance() { return complaintGuidance; }
    public void setComplaintGuidance(String complaintGuidance) { this.complaintGuidance = complaintGuidance; }
}
