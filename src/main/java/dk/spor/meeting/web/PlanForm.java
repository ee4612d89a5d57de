package dk.spor.meeting.web;

import java.util.ArrayList;
import java.util.List;

import dk.spor.meeting.domain.MeetingPlan;
import dk.spor.meeting.domain.NewParticipant;
import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/** The planning form exactly as typed, so nothing is lost when it is shown again with messages. */
public class PlanForm {

    private String typeCode;
    private String date;
    private String time;
    private String durationMinutes;
    private String place;
    private String purpose;
    private boolean childAttends;
    private String extraMinutes = "30";
    private List<Long> personIds = new ArrayList<>();
    private String providerName;
    private String schoolName;
    private String others;
    private boolean supporterOffered;
    private String supporterName;

    /**
     * The plan with its participants: the child when attending, the chosen relations, the caseworker planning it,
     * the provider and school by name, and others one per line as "name, role".
     */
    MeetingPlan toPlan(FieldErrors errors, Child child, List<RelatedPerson> relations, String caseworkerName) {
        List<NewParticipant> participants = new ArrayList<>();
        if (childAttends) {
            participants.add(new NewParticipant(Perspective.CHILD, child.fullName(), "Barnet", null));
        }
        relations.stream().filter(r -> personIds.contains(r.personId())).forEach(r -> participants.add(
                new NewParticipant(perspectiveOf(r), r.fullName(), r.relation().danishLabel(), r.personId())));
        participants.add(new NewParticipant(Perspective.CASEWORKER, caseworkerName, Perspective.CASEWORKER.label(), null));
        if (!FormValues.isBlank(providerName)) {
            participants.add(new NewParticipant(Perspective.PROVIDER, providerName.strip(), Perspective.PROVIDER.label(), null));
        }
        if (!FormValues.isBlank(schoolName)) {
            participants.add(new NewParticipant(Perspective.SCHOOL, schoolName.strip(), Perspective.SCHOOL.label(), null));
        }
        if (others != null) {
            others.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
                int comma = line.indexOf(',');
                participants.add(comma < 0 ? new NewParticipant(Perspective.NETWORK, line, null, null)
                        : new NewParticipant(Perspective.NETWORK, line.substring(0, comma).strip(),
                                line.substring(comma + 1).strip(), null));
            });
        }
        return new MeetingPlan(FormValues.isBlank(typeCode) ? null : typeCode,
                errors.date("date", date), FormValues.time("time", time, errors),
                FormValues.number("durationMinutes", durationMinutes, errors), place, purpose, childAttends,
                FormValues.number("extraMinutes", extraMinutes, errors), supporterOffered, supporterName, participants);
    }

    private static Perspective perspectiveOf(RelatedPerson person) {
        return switch (person.relation()) {
            case MOTHER, FATHER, STEP_PARENT, FOSTER_PARENT -> Perspective.PARENT;
            default -> person.custody() ? Perspective.PARENT : Perspective.NETWORK;
        };
    }

    public String getTypeCode() { return typeCode; }
    public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(String durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public boolean isChildAttends() { return childAttends; }
    public void setChildAttends(boolean childAttends) { this.childAttends = childAttends; }
    public String getExtraMinutes() { return extraMinutes; }
    public void setExtraMinutes(String extraMinutes) { this.extraMinutes = extraMinutes; }
    public List<Long> getPersonIds() { return personIds; }
    public void setPersonIds(List<Long> personIds) { this.personIds = personIds; }
    public String getProviderName() { return providerName; }
    public void setProviderName(String providerName) { this.providerName = providerName; }
    public String getSchoolName() { return schoolName; }
    public void setSchoolName(String schoolName) { this.schoolName = schoolName; }
    public String getOthers() { return others; }
    public void setOthers(String others) { this.others = others; }
    public boolean isSupporterOffered() { return supporterOffered; }
    public void setSupporterOffered(boolean supporterOffered) { this.supporterOffered = supporterOffered; }
    public String getSupporterName() { return supporterName; }
    public void setSupporterName(String supporterName) { this.supporterName = supporterName; }
}
