package dk.spor.assessment.service;

import dk.spor.casefile.CaseFile;

/** The case and child a page is about, for its heading and breadcrumbs. */
public record CaseHeading(CaseFile caseFile, String childName) {

    public long caseId() {
        return caseFile.id();
    }

    public long childId() {
        return caseFile.childId();
    }
}
