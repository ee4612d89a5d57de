package dk.spor.casefile;

import dk.spor.shared.NotFound;

/** The user asked for a child's data outside their access scope. Answered as "not found", and audited. */
public class ChildAccessDenied extends NotFound {

    private final long childId;

    public ChildAccessDenied(long childId) {
        super("No access to child " + childId);
        this.childId = childId;
    }

    public long childId() {
        return childId;
    }
}
