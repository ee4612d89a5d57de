package dk.spor.casefile.web;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.UserAccount;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A team leader assigns a case to one of the team's caseworkers (fordeling). */
@Controller
@PreAuthorize("hasRole('TEAM_LEADER')")
class AssignmentController {

    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;
    private final Organisation organisation;

    AssignmentController(CaseFiles caseFiles, CurrentUsers currentUsers, Organisation organisation) {
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
        this.organisation = organisation;
    }

    @PostMapping("/sager/{caseId}/fordeling")
    String assign(@PathVariable long caseId, @RequestParam(required = false) Long caseworkerId, @RequestParam int version,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        String target = "redirect:/boern/" + caseFile.childId();
        UserAccount caseworker = caseworkerId == null ? null : organisation.caseworkers(java.util.Set.of(caseFile.teamId()))
                .stream().filter(u -> u.id() == caseworkerId).findFirst().orElse(null);
        if (caseworker == null) {
            redirect.addFlashAttribute("assignError", "Vælg en rådgiver fra sagens team.");
            return target;
        }
        try {
            caseFiles.assign(caseId, caseworker.id(), version, caseworker.fullName(), user.id());
            redirect.addFlashAttribute("message", "Sagen er fordelt til " + caseworker.fullName() + ".");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("assignError",
                    "Sagen er ændret af en anden, efter du åbnede siden. Se den nye fordeling, før du fordeler igen.");
        }
        return target;
    }
}
