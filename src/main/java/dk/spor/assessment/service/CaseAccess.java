package dk.spor.assessment.service;

import dk.spor.assessment.domain.AssessmentRejected;
import dk.spor.assessment.domain.EditConflict;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.ChildAccessDenied;
import dk.spor.organisation.AccessScope;
import dk.spor.organisation.CurrentUser;
import org.springframework.stereotype.Component;

/** Finds a case within the user's access scope; an attempt outside it is audited and answered as "not found". */
@Component
class CaseAccess {

    private final CaseFiles caseFiles;
    private final AuditLog audit;

    CaseAccess(CaseFiles caseFiles, AuditLog audit) {
        this.caseFiles = caseFiles;
        this.audit = audit;
    }

    CaseFile require(CurrentUser user, long caseId) {
        return caseFiles.caseFile(user.accessScope(), caseId).orElseThrow(() -> denied(caseId));
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

    private ChildAccessDenied denied(long caseId) {
        Long childId = caseFiles.caseFile(AccessScope.all(), caseId).map(CaseFile::childId).orElse(null);
        audit.denied(childId, "case", caseId);
        return new ChildAccessDenied(childId == null ? 0 : childId);
    }
}
