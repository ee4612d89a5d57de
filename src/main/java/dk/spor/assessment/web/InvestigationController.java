package dk.spor.assessment.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.CaseHeading;
import dk.spor.assessment.service.InvestigationDetails;
import dk.spor.assessment.service.InvestigationService;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An investigation's page, starting one on new information (T21) and widening an afdækning to a BFU (T7). */
@Controller
@PreAuthorize(AssessmentPaths.READERS)
class InvestigationController {

    private final InvestigationService investigations;
    private final InvestigationPages pages;
    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InvestigationController(InvestigationService investigations, InvestigationPages pages, AssessmentQueries queries,
            CurrentUsers currentUsers, Clock clock) {
        this.investigations = investigations;
        this.pages = pages;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(AssessmentPaths.INVESTIGATION)
    String investigation(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        pages.load(caseId, investigationId, model);
        return "assessment/investigation";
    }

    @GetMapping(AssessmentPaths.CASE + "/undersoegelser/ny")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String newInvestigation(@PathVariable long caseId, Model model) {
        CaseHeading heading = queries.heading(currentUsers.require(), caseId, "Ny undersøgelse");
        model.addAttribute("form", NewInvestigationForm.empty(LocalDate.now(clock)));
        return startPage(heading, heading.caseFile().version(), model);
    }

    @PostMapping(AssessmentPaths.CASE + "/undersoegelser")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String start(@PathVariable long caseId, @ModelAttribute("form") NewInvestigationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var investigation = form.toInvestigation(binding);
        var started = Submission.call(binding, () -> investigations.startOnNewInformation(currentUsers.require(),
                caseId, Forms.version(form.caseVersion()), investigation));
        if (started.isPresent()) {
            redirect.addFlashAttribute("message", investigation.kind().danishLabel() + " er startet.");
            return AssessmentPaths.investigation(caseId, started.get(), null);
        }
        CaseHeading heading = queries.heading(currentUsers.require(), caseId, "Ny undersøgelse");
        return startPage(heading, Submission.versionToShow(binding, form.caseVersion(), heading.caseFile().version()),
                model);
    }

    @GetMapping(AssessmentPaths.INVESTIGATION + "/udvidelse")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String escalation(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        model.addAttribute("form", new EscalationForm(null, null));
        model.addAttribute("version", details.investigation().version());
        return "assessment/escalation-form";
    }

    @PostMapping(AssessmentPaths.INVESTIGATION + "/udvidelse")
    @PreAuthorize(AssessmentPaths.WRITERS)
    String escalate(@PathVariable long caseId, @PathVariable long investigationId,
            @ModelAttribute("form") EscalationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Submission.run(binding, () -> investigations.escalate(currentUsers.require(), caseId, investigationId,
                form.reason(), Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", "Afdækningen er udvidet til en børnefaglig undersøgelse.");
            return AssessmentPaths.investigation(caseId, investigationId, null);
        }
        InvestigationDetails details = pages.load(caseId, investigationId, model);
        model.addAttribute("version",
                Submission.versionToShow(binding, form.version(), details.investigation().version()));
        return "assessment/escalation-form";
    }

    private static String startPage(CaseHeading heading, int caseVersion, Model model) {
        model.addAttribute("heading", heading);
        model.addAttribute("caseVersion", caseVersion);
        model.addAttribute("kinds", InvestigationKind.values());
        model.addAttribute("activeNav", "cases");
        return "assessment/investigation-start";
    }
}
