package dk.spor.meeting.web;

import java.util.ArrayList;
import java.util.List;

import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.service.MeetingPlanning.AgendaDraft;

/** The agenda as edited on the meeting page, with one empty row for a new item; rows are indexed (items[0].title). */
public class AgendaForm {

    private String version;
    private List<Row> items = new ArrayList<>();
    private String recipients;

    static AgendaForm of(Meeting meeting) {
        AgendaForm form = new AgendaForm();
        form.version = String.valueOf(meeting.version());
        meeting.agenda().forEach(item -> form.items.add(new Row(item.title(), item.guidance())));
        form.items.add(new Row(null, null));
        form.recipients = String.join(", ", meeting.participants().stream()
                .filter(p -> p.perspective() != dk.spor.shared.Perspective.CASEWORKER).map(p -> p.name()).toList());
        return form;
    }

    List<AgendaDraft> drafts() {
        return items.stream().map(row -> new AgendaDraft(row.getTitle(), row.getGuidance())).toList();
    }

    /** One agenda row. */
    public static class Row {
        private String title;
        private String guidance;

        public Row() {
        }

        Row(String title, String guidance) {
            this.title = title;
            this.guidance = guidance;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public List<Row> getItems() { return items; }
    public void setItems(List<Row> items) { this.items = items; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
}
