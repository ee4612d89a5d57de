package dk.spor.measurement.web;

import java.util.Map;

import dk.spor.measurement.CaseMeasuring;
import dk.spor.measurement.FitExemptions;
import dk.spor.measurement.Instrument;
import dk.spor.measurement.Instruments;
import dk.spor.measurement.Measurements;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.people.People;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;
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

/**
 * The case's measurements: the section on the child's page, the overview with every measurement and the FIT
 * exemption, and recording on the caseworker's screen or tablet (or by a provider for their child).
 */
@Controller
class MeasurementController {

    private final Measurements measurements;
    private final Instruments instruments;
    private final FitExemptions fitExemptions;
    private final People people;
    private final CurrentUsers currentUsers;

    MeasurementController(Measurements measurements, Instruments instruments, FitExemptions fitExemptions,
            People people, CurrentUsers currentUsers) {
        this.measurements = measurements;
        this.instruments = instruments;
        this.fitExemptions = fitExemptions;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "cases";
    }

    /** The section on the child's page, loaded with htmx. */
    @GetMapping("/sager/{caseId}/maalinger/udsnit")
    String section(@PathVariable long caseId, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("measuring", measurements.measuring(user, caseId));
        model.addAttribute("latest", measurements.latestOfCase(user, caseId));
        return "measurement/section :: section";
    }

    @GetMapping("/sager/{caseId}/maalinger")
    String overview(@PathVariable long caseId, Model model) {
        return showOverview(caseId, null, Map.of(), model);
    }

    @GetMapping("/sager/{caseId}/maalinger/ny")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'PROVIDER')")
    String newMeasurement(@PathVariable long caseId, @ModelAttribute("form") MeasurementForm form, Model model) {
        if (form.getMeasuredOn() == null) {
            form.setMeasuredOn(measurements.measuring(currentUsers.require(), caseId).today().toString());
        }
        return showForm(caseId, form, Map.of(), model);
    }

    @PostMapping("/sager/{caseId}/maalinger")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'PROVIDER')")
    String record(@PathVariable long caseId, @ModelAttribute("form") MeasurementForm form, Model model,
            RedirectAttributes redirect) {
        FieldErrors parseErrors = new FieldErrors();
        var measurement = form.toMeasurement(parseErrors);
        if (!parseErrors.isEmpty()) {
            return showForm(caseId, form, parseErrors.asMap(), model);
        }
        try {
            var saved = measurements.record(currentUsers.require(), caseId, measurement);
            redirect.addFlashAttribute("message", saved.instrumentName() + " er registreret: " + saved.respondentName()
                    + " gav " + saved.totalText() + ".");
            return "redirect:/sager/" + caseId + "/maalinger";
        } catch (ValidationFailed e) {
            return showForm(caseId, form, e.errors().asMap(), model);
        }
    }

    @PostMapping("/sager/{caseId}/maalinger/fit-fritagelse")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
    String exemptFromFit(@PathVariable long caseId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String validUntil, Model model, RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        java.time.LocalDate until = errors.date("validUntil", validUntil);
        try {
            errors.throwIfAny();
            fitExemptions.exempt(currentUsers.require(), caseId, reason, until);
            redirect.addFlashAttribute("message", "FIT er fravalgt på sagen.");
            return "redirect:/sager/" + caseId + "/maalinger";
        } catch (ValidationFailed e) {
            model.addAttribute("fitReason", reason);
            model.addAttribute("fitValidUntil", validUntil);
            return showOverview(caseId, null, e.errors().asMap(), model);
        }
    }

    @PostMapping("/sager/{caseId}/maalinger/fit-fritagelse/ophaev")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
    String endFitExemption(@PathVariable long caseId, RedirectAttributes redirect) {
        fitExemptions.end(currentUsers.require(), caseId);
        redirect.addFlashAttribute("message", "FIT bruges igen på sagen.");
        return "redirect:/sager/" + caseId + "/maalinger";
    }

    private String showOverview(long caseId, String message, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        model.addAttribute("measuring", measuring);
        model.addAttribute("child", people.child(measuring.childId()).orElseThrow());
        model.addAttribute("latest", measurements.latestOfCase(user, caseId));
        model.addAttribute("measurements", measurements.ofCase(user, caseId));
        model.addAttribute("errors", errors);
        if (message != null) {
            model.addAttribute("message", message);
        }
        return "measurement/overview";
    }

    /**
     * Step one chooses the instrument and who answers; step two, once both are chosen and allowed, shows the items of
     * the version that respondent answers at the child's age.
     */
    private String showForm(long caseId, MeasurementForm form, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        Map<String, String> allErrors = new java.util.LinkedHashMap<>(errors);
        Instrument version = null;
        if (form.getInstrumentCode() != null && !form.getInstrumentCode().isBlank() && form.perspective() != null) {
            version = instruments.forRespondent(form.getInstrumentCode(), form.perspective(), measuring.childAge())
                    .orElse(null);
            if (version == null) {
                try {
                    measurements.respondentVersion(measuring, form.getInstrumentCode(), form.perspective(), null);
                } catch (ValidationFailed e) {
                    e.errors().asMap().forEach(allErrors::putIfAbsent);
                }
            }
        }
        model.addAttribute("measuring", measuring);
        model.addAttribute("child", people.child(measuring.childId()).orElseThrow());
        model.addAttribute("relations", people.relationsOf(measuring.childId()));
        model.addAttribute("instruments", instruments.activeMain());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("instrument", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", allErrors);
        return "measurement/new";
    }
}
