package dk.spor.plan.web;

import dk.spor.plan.ChildPlan;
import dk.spor.plan.PlanDraft;
import dk.spor.shared.FieldErrors;

/** The plan form exactly as typed. {@code version} is blank for a new plan. */
public class PlanForm {

    private String establishedOn;
    private String purpose;
    private String childView;
    private String parentsView;
    private String support;
    private String version;

    static PlanForm of(ChildPlan plan) {
        PlanForm form = new PlanForm();
        form.establishedOn = plan.establishedOn().toString();
        form.purpose = plan.purpose();
        form.childView = plan.childView();
        form.parentsView = plan.parentsView();
        form.support = plan.support();
        form.version = String.valueOf(plan.version());
        return form;
    }

    PlanDraft toDraft(FieldErrors errors) {
        return new PlanDraft(errors.date("establishedOn", establishedOn), purpose, childView, parentsView, support);
    }

    boolean isNew() {
        return version == null || version.isBlank();
    }

    public String getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(String establishedOn) { this.establishedOn = establishedOn; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getChildView() { return childView; }
    public void setChildView(String childView) { this.childView = childView; }
    public String getParentsView() { return parentsView; }
    public void setParentsView(String parentsView) { this.parentsView = parentsView; }
    public String getSupport() { return support; }
    public void setSupport(String support) { this.support = support; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
