package dk.spor.statusreport.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dk.spor.shared.FieldErrors;
import dk.spor.statusreport.GoalAttainment;
import dk.spor.statusreport.GoalSection;
import dk.spor.statusreport.Recommendation;
import dk.spor.statusreport.StatusReport;
import dk.spor.statusreport.StatusReportDraft;

/**
 * The common template as typed. Every value is kept as the text that was posted, so a date that does not parse is
 * shown back with a message, never lost; an unknown choice counts as no choice.
 */
public class StatusReportForm {

    private String periodFrom;
    private String periodTo;
    private String whatHappened;
    private List<GoalForm> goals = new ArrayList<>();
    private String childView;
    private String familyCooperation;
    private String concerns;
    private String recommendation;
    private String recommendationReason;
    private String reviewedWithFamilyOn;
    private String notReviewedReason;
    private String version;

    static StatusReportForm of(StatusReport report) {
        StatusReportDraft c = report.content();
        StatusReportForm form = new StatusReportForm();
        form.periodFrom = text(c.periodFrom());
        form.periodTo = text(c.periodTo());
        form.whatHappened = c.whatHappened();
        form.goals = new ArrayList<>(c.goals().stream().map(GoalForm::of).toList());
        form.childView = c.childView();
        form.familyCooperation = c.familyCooperation();
        form.concerns = c.concerns();
        form.recommendation = c.recommendation() == null ? null : c.recommendation().name();
        form.recommendationReason = c.recommendationReason();
        form.reviewedWithFamilyOn = text(c.reviewedWithFamilyOn());
        form.notReviewedReason = c.notReviewedReason();
        form.version = String.valueOf(report.version());
        return form;
    }

    /** The draft, with a message in {@code errors} for every date that does not parse. */
    StatusReportDraft toDraft(FieldErrors errors) {
        return new StatusReportDraft(date("periodFrom", periodFrom, errors), date("periodTo", periodTo, errors),
                whatHappened, goals.stream().map(GoalForm::toSection).toList(), childView, familyCooperation, concerns,
                choice(Recommendation.class, recommendation), recommendationReason,
                date("reviewedWithFamilyOn", reviewedWithFamilyOn, errors), notReviewedReason);
    }

    int versionNumber() {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(String field, String posted, FieldErrors errors) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(posted.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "Skriv en gyldig dato, fx 2026-03-31.");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String posted) {
        try {
            return posted == null || posted.isBlank() ? null : Enum.valueOf(type, posted.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One goal's part of the template; the goal's title is shown from the saved report, never posted. */
    public static class GoalForm {

        private long goalId;
        private String goalTitle;
        private String attainment;
        private String actions;
        private String observations;

        static GoalForm of(GoalSection section) {
            GoalForm form = new GoalForm();
            form.goalId = section.goalId();
            form.goalTitle = section.goalTitle();
            form.attainment = section.attainment() == null ? null : section.attainment().name();
            form.actions = section.actions();
            form.observations = section.observations();
            return form;
        }

        GoalSection toSection() {
            return new GoalSection(goalId, goalTitle, choice(GoalAttainment.class, attainment), actions, observations);
        }

        public long getGoalId() { return goalId; }
        public void setGoalId(long goalId) { this.goalId = goalId; }
        public String getGoalTitle() { return goalTitle; }
        public void setGoalTitle(String goalTitle) { this.goalTitle = goalTitle; }
        public String getAttainment() { return attainment; }
        public void setAttainment(String attainment) { this.attainment = attainment; }
        public String getActions() { return actions; }
        public void setActions(String actions) { this.actions = actions; }
        public String getObservations() { return observations; }
        public void setObservations(String observations) { this.observations = observations; }
    }

    public String getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; }
    public String getPeriodTo() { return periodTo; }
    public void setPeriodTo(String periodTo) { this.periodTo = periodTo; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public List<GoalForm> getGoals() { return goals; }
    public void setGoals(List<GoalForm> goals) { this.goals = goals; }
    public String getChildView() { return childView; }
    public void setChildView(String childView) { this.childView = childView; }
    public String getFamilyCooperation() { return familyCooperation; }
    public void setFamilyCooperation(String familyCooperation) { this.familyCooperation = familyCooperation; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getRecommendationReason() { return recommendationReason; }
    public void setRecommendationReason(String recommendationReason) { this.recommendationReason = recommendationReason; }
    public String getReviewedWithFamilyOn() { return reviewedWithFamilyOn; }
    public void setReviewedWithFamilyOn(String reviewedWithFamilyOn) { this.reviewedWithFamilyOn = reviewedWithFamilyOn; }
    public String getNotReviewedReason() { return notReviewedReason; }
    public void setNotReviewedReason(String notReviewedReason) { this.notReviewedReason = notReviewedReason; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
