package dk.spor.followup.web;

import java.util.Map;

import dk.spor.followup.CaseClosing;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Closing a case: what is still open, closing a deadline that no longer applies, and the closing itself. */
@Controller
@PreAuthorize(FollowUpPaths.READERS)
class CaseClosingController {

    private static final String CONFLICT = "Sagen er blevet ændret af en anden, siden du åbnede siden. Den er ikke "
            + "lukket; dine indtastninger står stadig i formularen. Se om der er nyt nedenfor, og luk igen.";

    private final CaseClosing closing;
    private final CaseHeadings headings;
    private final CurrentUsers currentUsers;

    CaseClosingController(CaseClosing closing, CaseHeadings headings, CurrentUsers currentUsers) {
        this.closing = closing;
        this.headings = headings;
        this.currentUsers = currentUsers;
    }

    @GetMapping(FollowUpPaths.CLOSING)
    String page(@PathVariable long caseId, Model model) {
        var caseFile = closing.caseFor(currentUsers.require(), caseId);
        return page(caseId, ClosingForm.empty(caseFile.version()), Map.of(), Map.of(), model);
    }

    @PostMapping(FollowUpPaths.CLOSING)
    @PreAuthorize(FollowUpPaths.WRITERS)
    String close(@PathVariable long caseId, @ModelAttribute("form") ClosingForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        FieldErrors errors = new FieldErrors();
        try {
            closing.close(user, caseId, FormValues.version(form.version()), form.toClosing());
            redirect.addFlashAttribute("message", "Sagen er lukket.");
            return "redirect:/boern/" + closing.caseFor(user, caseId).childId();
        } catch (ValidationFailed e) {
            errors = e.errors();
        } catch (OptimisticLockingFailureException e) {
            errors.reject("conflict", CONFLICT);
            form = new ClosingForm(form.reason(), form.childView(), form.childViewMissingReason(),
                    form.parentsView(), form.ifWorryReturns(), String.valueOf(closing.caseFor(user, caseId).version()));
        }
        return page(caseId, form, errors.asMap(), Map.of(), model);
    }

    @PostMapping(FollowUpPaths.CLOSING + "/frister/{deadlineId}")
    @PreAuthorize(FollowUpPaths.WRITERS)
    String closeDeadline(@PathVariable long caseId, @PathVariable long deadlineId,
            @RequestParam(name = "reason", required = false) String reason, Model model,
            RedirectAttributes redirect) {
        try {
            var closed = closing.closeDeadline(currentUsers.require(), caseId, deadlineId, reason);
            redirect.addFlashAttribute("message", "Fristen \"" + closed.title() + "\" er lukket som ikke længere relevant.");
            return "redirect:/sager/" + caseId + "/afslut";
        } catch (ValidationFailed e) {
            var caseFile = closing.caseFor(currentUsers.require(), caseId);
            return page(caseId, ClosingForm.empty(caseFile.version()), Map.of(),
                    Map.of(deadlineId, new DeadlineReason(reason, e.errors().asMap().get("reason"))), model);
        }
    }

    private String page(long caseId, ClosingForm form, Map<String, String> errors,
            Map<Long, DeadlineReason> deadlineReasons, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("heading", headings.of(user, caseId));
        model.addAttribute("blockers", closing.blockers(caseId));
        model.addAttribute("closedDeadlines", closing.deadlinesClosedAsNoLongerRelevant(caseId));
        model.addAttribute("closingRecord", closing.closingOf(caseId).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("deadlineReasons", deadlineReasons);
        model.addAttribute("activeNav", "cases");
        return "followup/closing";
    }

    /** A deadline's closing reason as typed, and its message, when closing it failed. */
    public record DeadlineReason(String text, String error) {
    }
}
