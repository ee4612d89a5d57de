package dk.spor.casefile;

import dk.spor.shared.NotFound;

/** The user asked for a case that does not exist or lies outside their access. Answered as "not found", and audited. */
public class CaseAccessDenied extends NotFound {

    private final long caseId;

    public CaseAccessDenied(long caseId) {
        super("No access to case " + caseId);
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
