package dk.spor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.spor.plan.Criterion;
import dk.spor.plan.GoalDetails;
import dk.spor.plan.GoalDraft;
import dk.spor.plan.GoalStatus;
import dk.spor.plan.Supporter;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/**
 * The goal form exactly as typed, with a few blank rows for more criteria and supporters (no script needed). A row
 * without text is left out; a row with text but no participant gets a message.
 */
public class GoalForm {

    static final int BLANK_ROWS = 3;

    private String title;
    private List<Integer> dimensionIds = new ArrayList<>();
    private List<Row> criteria = new ArrayList<>();
    private List<Row> supporters = new ArrayList<>();
    private String status = GoalStatus.ACTIVE.name();
    private String statusReason;
    private String reason;
    private String version;

    static GoalForm empty() {
        return new GoalForm().withBlankRows();
    }

    static GoalForm of(GoalDetails goal) {
        GoalForm form = new GoalForm();
        form.title = goal.title();
        form.dimensionIds = new ArrayList<>(goal.dimensions().stream().map(d -> d.id()).toList());
        goal.criteria().forEach(c -> form.criteria.add(new Row(c.perspective().name(), c.name(), c.text())));
        goal.supporters().forEach(s -> form.supporters.add(new Row(s.perspective().name(), s.name(), s.contribution())));
        form.status = goal.status().name();
        form.statusReason = goal.statusReason();
        form.version = String.valueOf(goal.version());
        return form.withBlankRows();
    }

    /** Fills up to {@link #BLANK_ROWS} empty rows after those in use. */
    GoalForm withBlankRows() {
        criteria.removeIf(Row::isBlank);
        supporters.removeIf(Row::isBlank);
        for (int i = 0; i < BLANK_ROWS; i++) {
            criteria.add(new Row());
            supporters.add(new Row());
        }
        return this;
    }

    GoalDraft toDraft(FieldErrors errors) {
        List<Criterion> criteriaInUse = new ArrayList<>();
        for (Row row : criteria) {
            perspective(row, "criteria", errors).ifPresent(p -> criteriaInUse.add(new Criterion(p, row.name, row.text)));
        }
        List<Supporter> supportersInUse = new ArrayList<>();
        for (Row row : supporters) {
            perspective(row, "supporters", errors).ifPresent(p -> supportersInUse.add(new Supporter(p, row.name, row.text)));
        }
        GoalStatus parsedStatus = GoalStatus.ACTIVE;
        try {
            parsedStatus = GoalStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.reject("status", "Vælg målets status.");
        }
        return new GoalDraft(title, dimensionIds, criteriaInUse, supportersInUse, parsedStatus, statusReason, reason);
    }

    private static Optional<Perspective> perspective(Row row, String field, FieldErrors errors) {
        if (row.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Perspective.valueOf(row.perspective));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.reject(field, "Vælg hvem hver linje kommer fra.");
            return Optional.empty();
        }
    }

    /** One criterion (perspective, name, text) or supporter (perspective, name, contribution). */
    public static class Row {
        private String perspective;
        private String name;
        private String text;

        public Row() {
        }

        Row(String perspective, String name, String text) {
            this.perspective = perspective;
            this.name = name;
            this.text = text;
        }

        boolean isBlank() {
            return text == null || text.isBlank();
        }

        public String getPerspective() { return perspective; }
        public void setPerspective(String perspective) { this.perspective = perspective; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Integer> getDimensionIds() { return dimensionIds; }
    public void setDimensionIds(List<Integer> dimensionIds) { this.dimensionIds = dimensionIds; }
    public List<Row> getCriteria() { return criteria; }
    public void setCriteria(List<Row> criteria) { this.criteria = criteria; }
    public List<Row> getSupporters() { return supporters; }
    public void setSupporters(List<Row> supporters) { this.supporters = supporters; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getStatusReason() { return statusReason; }
    public void setStatusReason(String statusReason) { this.statusReason = statusReason; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
