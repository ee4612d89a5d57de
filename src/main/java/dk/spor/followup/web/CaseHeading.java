package dk.spor.followup.web;

import dk.spor.casefile.CaseFile;

/** What every follow-up page shows at the top: whose case it is. */
public record CaseHeading(CaseFile caseFile, String childName) {

    public long caseId() {
        return caseFile.id();
    }

    public long childId() {
        return caseFile.childId();
    }
}
