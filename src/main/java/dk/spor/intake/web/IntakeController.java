package dk.spor.intake.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dk.spor.intake.AcuteAssessment;
import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.ConcernReport;
import dk.spor.intake.ConcernReportConflict;
import dk.spor.intake.Intake;
import dk.spor.intake.Registration;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Organisation;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a concern report or request, the 24-hour assessment and the receipt to the reporter. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
class IntakeController {

    private final Intake intake;
    private final CurrentUsers currentUsers;
    private final Organisation organisation;
    private final Clock clock;

    IntakeController(Intake intake, CurrentUsers currentUsers, Organisation organisation, Clock clock) {
        this.intake = intake;
        this.currentUsers = currentUsers;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/underretninger/ny")
    String newReport(Model model) {
        ConcernReportForm form = new ConcernReportForm();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        form.setReceivedDate(now.toLocalDate().toString());
        form.setReceivedTime(now.toLocalTime().toString());
        return showForm(form, Map.of(), model);
    }

    @PostMapping("/underretninger")
    String register(@ModelAttribute("form") ConcernReportForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        FieldErrors parseErrors = new FieldErrors();
        var report = form.toReport(parseErrors);
        if (!parseErrors.isEmpty()) {
            return showForm(form, parseErrors.asMap(), model);
        }
        try {
            Registration registration = intake.register(user, report);
            if (registration.visibleToUser()) {
                redirect.addFlashAttribute("message", "Underretningen er registreret.");
                return "redirect:/underretninger/" + registration.reportId();
            }
            redirect.addFlashAttribute("message",
                    "Underretningen er registreret og sendt til den rådgiver, der har barnets sag i et andet team.");
            return "redirect:/underretninger/ny";
        } catch (ValidationFailed e) {
            return showForm(form, e.errors().asMap(), model);
        }
    }

    /** htmx: tells, as the CPR number is typed, whether the child is known. */
    @GetMapping("/underretninger/barn")
    String lookupChild(@RequestParam(name = "cpr", required = false) String cpr, Model model) {
        model.addAttribute("lookup", intake.lookupChild(currentUsers.require(), cpr));
        return "intake/new :: childLookup";
    }

    @GetMapping("/underretninger/{id}")
    String report(@PathVariable long id, Model model) {
        return showReport(id, new AcuteAssessment(null, null, null), Map.of(), model);
    }

    @PostMapping("/underretninger/{id}/vurdering")
    String assess(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "acuteDanger", required = false) Boolean acuteDanger,
            @RequestParam(name = "immediateAction", required = false) String immediateAction,
            @RequestParam(name = "reasons", required = false) String reasons, Model model, RedirectAttributes redirect) {
        AcuteAssessment assessment = new AcuteAssessment(acuteDanger, immediateAction, reasons);
        try {
            intake.assessAcute(currentUsers.require(), id, version, assessment);
            redirect.addFlashAttribute("message", "Vurderingen er gemt.");
            return "redirect:/underretninger/" + id;
        } catch (ValidationFailed e) {
            return showReport(id, assessment, e.errors().asMap(), model);
        } catch (ConcernReportConflict e) {
            return showReport(id, assessment, Map.of("conflict", e.getMessage()), model);
        }
    }

    @PostMapping("/underretninger/{id}/kvittering")
    String confirmReceipt(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect) {
        try {
            intake.confirmReceipt(currentUsers.require(), id, version);
            redirect.addFlashAttribute("message", "Kvitteringen til underretteren er registreret.");
            return "redirect:/underretninger/" + id;
        } catch (ValidationFailed e) {
            return showReport(id, new AcuteAssessment(null, null, null), e.errors().asMap(), model);
        } catch (ConcernReportConflict e) {
            return showReport(id, new AcuteAssessment(null, null, null), Map.of("conflict", e.getMessage()), model);
        }
    }

    private String showForm(ConcernReportForm form, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("reporterTypes", ReporterType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", ConcernCategory.values());
        model.addAttribute("teams", user.teamIds().stream().map(organisation::team).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("lookup", form.getCpr() == null ? null : intake.lookupChild(user, form.getCpr()));
        model.addAttribute("activeNav", "intake");
        return "intake/new";
    }

    private String showReport(long id, AcuteAssessment assessment, Map<String, String> errors, Model model) {
        var report = intake.report(currentUsers.require(), id);
        model.addAttribute("report", report);
        model.addAttribute("assessment", assessment);
        model.addAttribute("errors", errors);
        List<ConcernReport> reports = intake.reportsOfChild(report.childId());
        model.addAttribute("earlier", reports.stream().filter(r -> r.id() != id).toList());
        model.addAttribute("repeated", intake.isRepeatedConcern(reports));
        model.addAttribute("activeNav", "cases");
        return "intake/report";
    }
}
