package dk.spor.assessment.service;

import dk.spor.assessment.domain.AssessmentRejected;
import dk.spor.assessment.domain.EditConflict;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import org.springframework.stereotype.Component;

/** The case a request works on, within the user's access (an attempt outside it is audited and answered 404). */
@Component
class CaseAccess {

    private final CaseFiles caseFiles;

    CaseAccess(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    CaseFile require(CurrentUser user, long caseId) {
        return caseFiles.requireCase(user, caseId);
    }

    /** A case that can still be worked on. */
    CaseFile requireOpen(CurrentUser user, long caseId) {
        CaseFile caseFile = require(user, caseId);
        if (!caseFile.isOpen()) {
            throw new AssessmentRejected("Sagen er lukket og kan ikke ændres.");
        }
        return caseFile;
    }

    /** Forms that move the case carry the case's version, so two people cannot move it on the same view of it. */
    CaseFile requireOpen(CurrentUser user, long caseId, int expectedCaseVersion) {
        CaseFile caseFile = requireOpen(user, caseId);
        if (caseFile.version() != expectedCaseVersion) {
            throw new EditConflict("Sagen er blevet ændret, siden du åbnede siden (den er nu i fasen \""
                    + caseFile.phase().danishLabel() + "\"). Dine indtastninger er ikke gemt, men står i formularen. "
                    + "Gennemse sagen, og gem igen.");
        }
        return caseFile;
    }
}
