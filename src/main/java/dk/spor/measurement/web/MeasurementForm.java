package dk.spor.measurement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.spor.measurement.NewMeasurement;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/** The measurement form exactly as typed, so nothing is lost when it is shown again with messages. */
public class MeasurementForm {

    private String instrumentCode;
    private String perspective;
    private String respondentName;
    private String respondentPersonId;
    private String goalId;
    private String measuredOn;
    private List<String> scores = new ArrayList<>();
    private String reason;
    private String stepUp;
    private String stepDown;

    NewMeasurement toMeasurement(FieldErrors errors) {
        LocalDate day = errors.date("measuredOn", measuredOn);
        return new NewMeasurement(instrumentCode, FormValues.id(goalId), perspective(), respondentName,
                FormValues.id(respondentPersonId), day, scores, reason, stepUp, stepDown);
    }

    Perspective perspective() {
        return FormValues.perspective(perspective);
    }

    /** The score typed for item {@code index}, or empty: the template reads it without index checks. */
    public String score(int index) {
        return index < scores.size() && scores.get(index) != null ? scores.get(index) : "";
    }

    public String getInstrumentCode() { return instrumentCode; }
    public void setInstrumentCode(String instrumentCode) { this.instrumentCode = instrumentCode; }
    public String getPerspective() { return perspective; }
    public void setPerspective(String perspective) { this.perspective = perspective; }
    public String getRespondentName() { return respondentName; }
    public void setRespondentName(String respondentName) { this.respondentName = respondentName; }
    public String getRespondentPersonId() { return respondentPersonId; }
    public void setRespondentPersonId(String respondentPersonId) { this.respondentPersonId = respondentPersonId; }
    public String getGoalId() { return goalId; }
    public void setGoalId(String goalId) { this.goalId = goalId; }
    public String getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(String measuredOn) { this.measuredOn = measuredOn; }
    public List<String> getScores() { return scores; }
    public void setScores(List<String> scores) { this.scores = scores; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getStepUp() { return stepUp; }
    public void setStepUp(String stepUp) { this.stepUp = stepUp; }
    public String getStepDown() { return stepDown; }
    public void setStepDown(String stepDown) { this.stepDown = stepDown; }
}
