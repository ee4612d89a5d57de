package dk.spor.measurement.web;

import java.util.ArrayList;
import java.util.List;

import dk.spor.measurement.NewRound;
import dk.spor.shared.Perspective;

/** The form that starts a measurement round, exactly as typed: ticked rows of participants. */
public class RoundForm {

    private String instrumentCode;
    private String goalId;
    private String meetingId;
    private List<ParticipantRow> participants = new ArrayList<>();

    NewRound toRound() {
        List<NewRound.Participant> chosen = participants.stream().filter(ParticipantRow::isInclude)
                .map(row -> new NewRound.Participant(row.getName(), FormValues.perspective(row.getPerspective()),
                        FormValues.id(row.getPersonId())))
                .toList();
        return new NewRound(instrumentCode, FormValues.id(goalId), FormValues.id(meetingId), chosen);
    }

    public String getInstrumentCode() { return instrumentCode; }
    public void setInstrumentCode(String instrumentCode) { this.instrumentCode = instrumentCode; }
    public String getGoalId() { return goalId; }
    public void setGoalId(String goalId) { this.goalId = goalId; }
    public String getMeetingId() { return meetingId; }
    public void setMeetingId(String meetingId) { this.meetingId = meetingId; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public void setParticipants(List<ParticipantRow> participants) { this.participants = participants; }

    /** One row of the participant list; only ticked rows take part. */
    public static class ParticipantRow {
        private boolean include;
        private String name;
        private String perspective;
        private String personId;

        public ParticipantRow() {
        }

        ParticipantRow(boolean include, String name, Perspective perspective, Long personId) {
            this.include = include;
            this.name = name;
            this.perspective = perspective == null ? null : perspective.name();
            this.personId = personId == null ? null : personId.toString();
        }

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPerspective() { return perspective; }
        public void setPerspective(String perspective) { this.perspective = perspective; }
        public String getPersonId() { return personId; }
        public void setPersonId(String personId) { this.personId = personId; }
    }
}
