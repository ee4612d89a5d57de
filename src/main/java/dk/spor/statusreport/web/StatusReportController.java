package dk.spor.statusreport.web;

import java.util.Map;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Role;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import dk.spor.statusreport.GoalAttainment;
import dk.spor.statusreport.Recommendation;
import dk.spor.statusreport.StatusReport;
import dk.spor.statusreport.StatusReportRejected;
import dk.spor.statusreport.StatusReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a status report (the provider), and reading and printing one (the provider or the caseworker). */
@Controller
class StatusReportController {

    static final String SUBMIT = "send";

    private final StatusReports reports;
    private final CurrentUsers currentUsers;
    private final String municipalityName;

    StatusReportController(StatusReports reports, CurrentUsers currentUsers,
            @Value("${spor.municipality-name}") String municipalityName) {
        this.reports = reports;
        this.currentUsers = currentUsers;
        this.municipalityName = municipalityName;
    }

    @PostMapping("/statusrapporter")
    @PreAuthorize("hasRole('PROVIDER')")
    String start(@RequestParam long interventionId) {
        return "redirect:/statusrapporter/" + reports.start(currentUsers.require(), interventionId) + "/rediger";
    }

    @GetMapping("/statusrapporter/{id}")
    String report(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        StatusReport report = reports.report(user, id);
        if (!report.isSubmitted()) {
            return "redirect:/statusrapporter/" + id + "/rediger";
        }
        model.addAttribute("report", report);
        model.addAttribute("provider", user.is(Role.PROVIDER));
        model.addAttribute("activeNav", user.is(Role.PROVIDER) ? "home" : "cases");
        return "statusreport/report";
    }

    @GetMapping("/statusrapporter/{id}/rediger")
    @PreAuthorize("hasRole('PROVIDER')")
    String edit(@PathVariable long id, Model model) {
        StatusReport report = reports.report(currentUsers.require(), id);
        if (report.isSubmitted()) {
            return "redirect:/statusrapporter/" + id;
        }
        return showForm(report, StatusReportForm.of(report), Map.of(), null, model);
    }

    @PostMapping("/statusrapporter/{id}")
    @PreAuthorize("hasRole('PROVIDER')")
    String save(@PathVariable long id, @ModelAttribute("form") StatusReportForm form,
            @RequestParam(name = "handling", defaultValue = "gem") String action, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        boolean submitting = SUBMIT.equals(action);
        FieldErrors parseErrors = new FieldErrors();
        var draft = form.toDraft(parseErrors);
        if (!parseErrors.isEmpty()) {
            return showForm(reports.report(user, id), form, parseErrors.asMap(), null, model);
        }
        try {
            reports.save(user, id, draft, submitting, form.versionNumber());
        } catch (ValidationFailed e) {
            return showForm(reports.report(user, id), form, e.errors().asMap(), null, model);
        } catch (StatusReportRejected e) {
            return showForm(reports.report(user, id), form, Map.of(), e.getMessage(), model);
        }
        if (submitting) {
            redirect.addFlashAttribute("message", "Statusrapporten er sendt til rådgiveren.");
            return "redirect:/statusrapporter/" + id;
        }
        redirect.addFlashAttribute("message", "Kladden er gemt. Den er ikke sendt til rådgiveren endnu.");
        return "redirect:/statusrapporter/" + id + "/rediger";
    }

    @GetMapping(value = "/statusrapporter/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = reports.pdf(currentUsers.require(), id, municipalityName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statusrapport-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** The form, after a conflict with the saved version's number so that saving again is a deliberate choice. */
    private static String showForm(StatusReport report, StatusReportForm form, Map<String, String> errors,
            String problem, Model model) {
        if (problem != null) {
            form.setVersion(String.valueOf(report.version()));
        }
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("attainments", GoalAttainment.values());
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("activeNav", "home");
        return "statusreport/form";
    }
}
