package dk.spor.plan;

/** The two plans of barnets lov: barnets plan (§ 91) and, for young people, the ungeplan (§ 108). */
public enum PlanKind {
    CHILD_PLAN("Barnets plan"),
    YOUTH_PLAN("Ungeplan");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
