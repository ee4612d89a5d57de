package dk.spor.followup.web;

import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import org.springframework.stereotype.Component;

/** Builds a page's heading for a case the user may see. */
@Component
class CaseHeadings {

    private final CaseFiles caseFiles;
    private final People people;

    CaseHeadings(CaseFiles caseFiles, People people) {
        this.caseFiles = caseFiles;
        this.people = people;
    }

    CaseHeading of(CurrentUser user, long caseId) {
        var caseFile = caseFiles.requireCase(user, caseId);
        return new CaseHeading(caseFile, people.child(caseFile.childId()).map(Child::fullName).orElse(""));
    }
}
