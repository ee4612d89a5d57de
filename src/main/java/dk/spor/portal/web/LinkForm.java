package dk.spor.portal.web;

import dk.spor.portal.NewLink;
import dk.spor.shared.Perspective;

/** The form that makes a one-time link, as typed. */
public class LinkForm {

    private String instrumentCode;
    private String goalId;
    private String perspective;
    private String personId;
    private String respondentName;
    private String validDays;

    /** The link asked for, or null when the number of days is not a whole number. */
    NewLink toLink() {
        Integer days;
        try {
            days = validDays == null || validDays.isBlank() ? null : Integer.valueOf(validDays.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        Perspective parsed;
        try {
            parsed = perspective == null || perspective.isBlank() ? null : Perspective.valueOf(perspective);
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        return new NewLink(instrumentCode, number(goalId), parsed, number(personId), respondentName, days);
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getInstrumentCode() { return instrumentCode; }
    public void setInstrumentCode(String instrumentCode) { this.instrumentCode = instrumentCode; }
    public String getGoalId() { return goalId; }
    public void setGoalId(String goalId) { this.goalId = goalId; }
    public String getPerspective() { return perspective; }
    public void setPerspective(String perspective) { this.perspective = perspective; }
    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public String getRespondentName() { return respondentName; }
    public void setRespondentName(String respondentName) { this.respondentName = respondentName; }
    public String getValidDays() { return validDays; }
    public void setValidDays(String validDays) { this.validDays = validDays; }
}
