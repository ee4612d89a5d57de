package dk.spor.statusreport.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.intervention.InterventionStatus;
import dk.spor.intervention.Interventions;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import dk.spor.statusreport.StatusReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The caseworker's view of a case's status reports: the sent ones to read, and asking a provider for one. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
class CaseStatusReportController {

    private final StatusReports reports;
    private final CaseFiles caseFiles;
    private final Interventions interventions;
    private final CurrentUsers currentUsers;

    CaseStatusReportController(StatusReports reports, CaseFiles caseFiles, Interventions interventions,
            CurrentUsers currentUsers) {
        this.reports = reports;
        this.caseFiles = caseFiles;
        this.interventions = interventions;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/sager/{caseId}/statusrapporter")
    String list(@PathVariable long caseId, Model model) {
        return page(caseId, null, null, Map.of(), model);
    }

    /** The section on the child's page, loaded with htmx. */
    @GetMapping("/sager/{caseId}/statusrapporter/udsnit")
    String section(@PathVariable long caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("reports", reports.ofCase(currentUsers.require(), caseId));
        return "statusreport/case-reports :: childPageSection";
    }

    @PostMapping("/sager/{caseId}/statusrapporter/anmodninger")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
    String request(@PathVariable long caseId, @RequestParam(required = false) Long interventionId,
            @RequestParam(required = false) String dueOn, Model model, RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors().required("interventionId", interventionId, "Vælg indsatsen.");
        LocalDate due = null;
        try {
            due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            errors.reject("dueOn", "Skriv en gyldig dato, fx 2026-03-31.");
        }
        try {
            errors.throwIfAny();
            reports.request(currentUsers.require(), caseId, interventionId, due);
        } catch (ValidationFailed e) {
            return page(caseId, interventionId, dueOn, e.errors().asMap(), model);
        }
        redirect.addFlashAttribute("message", "Udføreren er bedt om en statusrapport.");
        return "redirect:/sager/" + caseId + "/statusrapporter";
    }

    private String page(long caseId, Long interventionId, String dueOn, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("reports", reports.ofCase(user, caseId));
        model.addAttribute("running", interventions.ofCase(caseId).stream()
                .filter(i -> i.status() == InterventionStatus.RUNNING && i.providerId() != null).toList());
        model.addAttribute("interventionId", interventionId);
        model.addAttribute("dueOn", dueOn);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "statusreport/case-reports";
    }
}
