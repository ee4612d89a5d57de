package dk.spor.meeting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dk.spor.meeting.domain.AgendaItem;
import dk.spor.meeting.domain.GoalReview;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.Minutes;
import dk.spor.meeting.domain.Participant;
import dk.spor.shared.FieldErrors;

/**
 * The minutes form as typed. Texts per agenda item and per goal are keyed by the item's and goal's id
 * ({@code item[12]}, {@code worries[7]}), attendance is the list of ticked participants.
 */
public class MinutesForm {

    private String version;
    private Map<String, String> item = new HashMap<>();
    private List<Long> attended = new ArrayList<>();
    private String childView;
    private String childAlone;
    private String childAloneSummary;
    private Map<String, String> worries = new HashMap<>();
    private Map<String, String> working = new HashMap<>();
    private Map<String, String> mustHappen = new HashMap<>();
    private String decisions;
    private String nextFollowUpOn;
    private boolean callChild;

    /** The form filled from the saved draft. */
    static MinutesForm of(Meeting meeting) {
        MinutesForm form = new MinutesForm();
        form.version = String.valueOf(meeting.version());
        meeting.agenda().stream().filter(i -> i.minutes() != null)
                .forEach(i -> form.item.put(String.valueOf(i.id()), i.minutes()));
        meeting.participants().stream().filter(p -> Boolean.TRUE.equals(p.attended()))
                .forEach(p -> form.attended.add(p.id()));
        if (meeting.participants().stream().allMatch(p -> p.attended() == null)) {
            meeting.participants().forEach(p -> form.attended.add(p.id()));
        }
        form.childView = meeting.childView();
        form.childAlone = meeting.childAlone() == null ? null : meeting.childAlone().toString();
        form.childAloneSummary = meeting.childAloneSummary();
        for (GoalReview review : meeting.goalReviews()) {
            String id = String.valueOf(review.goalId());
            form.worries.put(id, review.worries());
            form.working.put(id, review.working());
            form.mustHappen.put(id, review.mustHappen());
        }
        form.decisions = meeting.decisions();
        form.nextFollowUpOn = meeting.nextFollowUpOn() == null ? null : meeting.nextFollowUpOn().toString();
        form.callChild = meeting.callChild();
        return form;
    }

    Minutes toMinutes(Meeting meeting, List<Long> goalIds, FieldErrors errors) {
        Map<Long, String> itemMinutes = new HashMap<>();
        for (AgendaItem agendaItem : meeting.agenda()) {
            itemMinutes.put(agendaItem.id(), item.get(String.valueOf(agendaItem.id())));
        }
        List<GoalReview> reviews = goalIds.stream().map(id -> new GoalReview(id, null, worries.get(String.valueOf(id)),
                working.get(String.valueOf(id)), mustHappen.get(String.valueOf(id)))).toList();
        var present = new HashSet<Long>();
        meeting.participants().stream().map(Participant::id).filter(attended::contains).forEach(present::add);
        return new Minutes(itemMinutes, present, childView, FormValues.isBlank(childAlone) ? null
                : Boolean.valueOf(childAlone), childAloneSummary, reviews, decisions,
                errors.date("nextFollowUpOn", nextFollowUpOn), callChild);
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public Map<String, String> getItem() { return item; }
    public void setItem(Map<String, String> item) { this.item = item; }
    public List<Long> getAttended() { return attended; }
    public void setAttended(List<Long> attended) { this.attended = attended; }
    public String getChildView() { return childView; }
    public void setChildView(String childView) { this.childView = childView; }
    public String getChildAlone() { return childAlone; }
    public void setChildAlone(String childAlone) { this.childAlone = childAlone; }
    public String getChildAloneSummary() { return childAloneSummary; }
    public void setChildAloneSummary(String childAloneSummary) { this.childAloneSummary = childAloneSummary; }
    public Map<String, String> getWorries() { return worries; }
    public void setWorries(Map<String, String> worries) { this.worries = worries; }
    public Map<String, String> getWorking() { return working; }
    public void setWorking(Map<String, String> working) { this.working = working; }
    public Map<String, String> getMustHappen() { return mustHappen; }
    public void setMustHappen(Map<String, String> mustHappen) { this.mustHappen = mustHappen; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getNextFollowUpOn() { return nextFollowUpOn; }
    public void setNextFollowUpOn(String nextFollowUpOn) { this.nextFollowUpOn = nextFollowUpOn; }
    public boolean isCallChild() { return callChild; }
    public void setCallChild(boolean callChild) { this.callChild = callChild; }
}
