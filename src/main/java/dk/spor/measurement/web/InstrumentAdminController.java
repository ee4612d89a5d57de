package dk.spor.measurement.web;

import java.util.Map;

import dk.spor.measurement.BandColour;
import dk.spor.measurement.Instrument;
import dk.spor.measurement.InstrumentChangedConcurrently;
import dk.spor.measurement.Instruments;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;
import dk.spor.shared.ValidationFailed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's instruments (/admin/instrumenter): every instrument's current version, and a form that saves an
 * adjustment as a new version. Measurements already taken keep the version they were taken with.
 */
@Controller
@RequestMapping("/admin/instrumenter")
@PreAuthorize("hasRole('ADMIN')")
class InstrumentAdminController {

    private final Instruments instruments;
    private final CurrentUsers currentUsers;

    InstrumentAdminController(Instruments instruments, CurrentUsers currentUsers) {
        this.instruments = instruments;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("instruments", instruments.currentAll());
        return "measurement/admin-instruments";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Instrument instrument = instruments.require(code);
        return form(instrument, InstrumentForm.of(instrument), Map.of(), model);
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") InstrumentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Instrument current = instruments.require(code);
        FieldErrors parseErrors = new FieldErrors();
        var change = form.toChange(parseErrors);
        if (!parseErrors.isEmpty() || form.getBasedOnVersion() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(current, form.withEmptyRows(), parseErrors.asMap(), model);
        }
        try {
            Instrument saved = instruments.revise(code, form.getBasedOnVersion(), change, currentUsers.require().id());
            redirect.addFlashAttribute("message", "Version " + saved.version() + " af " + saved.name()
                    + " er gemt. Målinger taget før beholder deres version.");
            return "redirect:/admin/instrumenter/" + code;
        } catch (ValidationFailed e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(current, form.withEmptyRows(), e.errors().asMap(), model);
        } catch (InstrumentChangedConcurrently e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Instrument newest = instruments.require(code);
            form.setBasedOnVersion(newest.version());
            model.addAttribute("conflict", true);
            return form(newest, form.withEmptyRows(), Map.of(), model);
        }
    }

    private String form(Instrument instrument, InstrumentForm form, Map<String, String> errors, Model model) {
        model.addAttribute("instrument", instrument);
        model.addAttribute("history", instruments.history(instrument.code()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("colours", BandColour.values());
        return "measurement/admin-instrument";
    }
}
