package dk.spor.deadline.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.spor.deadline.DeadlineRule;
import dk.spor.deadline.DurationUnit;
import dk.spor.deadline.UnknownDeadlineRule;
import dk.spor.deadline.rules.DeadlineRuleCatalog;
import dk.spor.deadline.rules.RuleChangedConcurrently;
import dk.spor.deadline.rules.RuleVersion;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.UserAccount;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for deadline rules (/admin/frister): every rule with its versions, and a form that saves
 * a change to name, duration or validity as a new version. Deadlines already computed keep their version.
 */
@Controller
@RequestMapping("/admin/frister")
@PreAuthorize("hasRole('ADMIN')")
class DeadlineRuleAdminController {

    private final DeadlineRuleCatalog rules;
    private final CurrentUsers currentUsers;
    private final Organisation organisation;

    DeadlineRuleAdminController(DeadlineRuleCatalog rules, CurrentUsers currentUsers, Organisation organisation) {
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.organisation = organisation;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "admin";
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.latestVersions());
        return "deadline/rules";
    }

    @GetMapping("/{ruleId}")
    String edit(@PathVariable String ruleId, Model model) {
        DeadlineRule rule = latest(ruleId);
        return form(rule, RuleForm.of(rule), Map.of(), model);
    }

    @PostMapping("/{ruleId}")
    String save(@PathVariable String ruleId, @ModelAttribute RuleForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DeadlineRule current = latest(ruleId);
        if (form.basedOnVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form lacks the version it was based on");
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(current, form, errors, model);
        }
        try {
            DeadlineRule saved = rules.revise(ruleId, form.basedOnVersion(), form.toChange(), currentUsers.require().id());
            redirect.addFlashAttribute("saved", saved.version());
            return "redirect:/admin/frister/" + ruleId;
        } catch (RuleChangedConcurrently changed) {
            DeadlineRule newest = latest(ruleId);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", true);
            return form(newest, form.basedOn(newest.version()), errors, model);
        }
    }

    @ExceptionHandler(UnknownDeadlineRule.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownRule() {
        return "error/404";
    }

    private String form(DeadlineRule rule, RuleForm form, Map<String, String> errors, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", DurationUnit.values());
        List<RuleVersion> history = rules.history(rule.id());
        model.addAttribute("history", history);
        model.addAttribute("authors", authorNames(history));
        return "deadline/rule";
    }

    /** The names of the administrators who made versions, by user id. */
    private Map<Long, String> authorNames(List<RuleVersion> history) {
        return history.stream().map(RuleVersion::createdBy).filter(Objects::nonNull).distinct()
                .map(organisation::user).flatMap(Optional::stream)
                .collect(Collectors.toMap(UserAccount::id, UserAccount::fullName));
    }

    private DeadlineRule latest(String ruleId) {
        return rules.latest(ruleId).orElseThrow(() -> new UnknownDeadlineRule(ruleId));
    }
}
