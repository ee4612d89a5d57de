package dk.spor.casefile;

/** The user asked for a child's data outside their access scope. Answered as "not found", and audited. */
public class ChildAccessDenied extends RuntimeException {

    private final long childId;

    public ChildAccessDenied(long childId) {
        super("No access to child " + childId);
        this.childId = childId;
    }

    public long childId() {
        return childId;
    }
}
