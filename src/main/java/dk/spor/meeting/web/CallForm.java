package dk.spor.meeting.web;

import dk.spor.meeting.domain.CallRecord;
import dk.spor.shared.FieldErrors;

/** The call form as typed. */
public class CallForm {

    private String version;
    private String calledOn;
    private String calledTime;
    private String interventionStarted;
    private String goodDevelopment;
    private String notes;

    CallRecord toRecord(FieldErrors errors) {
        return new CallRecord(errors.date("calledOn", calledOn),
                FormValues.time("calledTime", calledTime, errors), interventionStarted, goodDevelopment, notes);
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getCalledOn() { return calledOn; }
    public void setCalledOn(String calledOn) { this.calledOn = calledOn; }
    public String getCalledTime() { return calledTime; }
    public void setCalledTime(String calledTime) { this.calledTime = calledTime; }
    public String getInterventionStarted() { return interventionStarted; }
    public void setInterventionStarted(String interventionStarted) { this.interventionStarted = interventionStarted; }
    public String getGoodDevelopment() { return goodDevelopment; }
    public void setGoodDevelopment(String goodDevelopment) { this.goodDevelopment = goodDevelopment; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
