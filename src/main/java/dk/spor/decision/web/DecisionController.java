package dk.spor.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dk.spor.casefile.CaseFile;
import dk.spor.decision.DecisionType;
import dk.spor.decision.Decisions;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
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

/** Making a decision on a case, and reading one. */
@Controller
class DecisionController {

    private final Decisions decisions;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final String municipalityName;

    DecisionController(Decisions decisions, CurrentUsers currentUsers, Clock clock,
            @Value("${spor.municipality-name}") String municipalityName) {
        this.municipalityName = municipalityName;
        this.decisions = decisions;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/sager/{caseId}/afgoerelser/ny")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
    String newDecision(@PathVariable long caseId, @RequestParam(name = "type", required = false) DecisionType type,
            Model model) {
        DecisionForm form = new DecisionForm();
        if (type != null) {
            form.setType(type.name());
            decisions.legalBases().stream().filter(b -> b.decisionTypes().equals(java.util.List.of(type)))
                    .findFirst().ifPresent(basis -> form.setLegalBasisId(basis.id()));
        }
        form.setDecidedOn(LocalDate.now(clock).toString());
        form.setComplaintGuidance(Decisions.DEFAULT_COMPLAINT_GUIDANCE);
        return showForm(caseId, form, Map.of(), model);
    }

    @PostMapping("/sager/{caseId}/afgoerelser")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
    String decide(@PathVariable long caseId, @ModelAttribute("form") DecisionForm form, Model model,
            RedirectAttributes redirect) {
        FieldErrors parseErrors = new FieldErrors();
        var decision = form.toDecision(parseErrors);
        if (!parseErrors.isEmpty()) {
            return showForm(caseId, form, parseErrors.asMap(), model);
        }
        try {
            var made = decisions.decide(currentUsers.require(), caseId, decision);
            redirect.addFlashAttribute("message", "Afgørelsen er gemt.");
            return "redirect:/afgoerelser/" + made.id();
        } catch (ValidationFailed e) {
            return showForm(caseId, form, e.errors().asMap(), model);
        }
    }

    @GetMapping("/afgoerelser/{id}")
    String decision(@PathVariable long id, Model model) {
        model.addAttribute("decision", decisions.decision(currentUsers.require(), id));
        model.addAttribute("activeNav", "cases");
        return "decision/decision";
    }

    @GetMapping(value = "/afgoerelser/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        byte[] pdf = decisions.letter(currentUsers.require(), id, municipalityName);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"afgoerelse-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private String showForm(long caseId, DecisionForm form, Map<String, String> errors, Model model) {
        CaseFile caseFile = decisions.caseFor(currentUsers.require(), caseId);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", DecisionType.values());
        model.addAttribute("bases", decisions.legalBases());
        model.addAttribute("activeNav", "cases");
        return "decision/new";
    }
}
