package dk.spor.followup.web;

import java.util.Map;

import dk.spor.assessment.InvestigationKind;
import dk.spor.followup.AssessmentOutcome;
import dk.spor.followup.FollowUpWorkLists;
import dk.spor.followup.NewInformation;
import dk.spor.followup.NewInformationInbox;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** New information: the user's own list, a case's items, and assessing one item. */
@Controller
@PreAuthorize(FollowUpPaths.READERS)
class NewInformationController {

    static final String CONFLICT = "Oplysningen er blevet vurderet af en anden, siden du åbnede siden. Din vurdering "
            + "er ikke gemt, men står stadig i formularen. Den gemte vurdering vises ovenfor.";
    private static final int OWN_LIST_LIMIT = 500;

    private final NewInformationInbox inbox;
    private final FollowUpWorkLists lists;
    private final CaseHeadings headings;
    private final CurrentUsers currentUsers;

    NewInformationController(NewInformationInbox inbox, FollowUpWorkLists lists, CaseHeadings headings,
            CurrentUsers currentUsers) {
        this.inbox = inbox;
        this.lists = lists;
        this.headings = headings;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/ny-viden")
    String ownList(Model model) {
        CurrentUser user = currentUsers.require();
        boolean own = user.is(Role.CASEWORKER);
        model.addAttribute("own", own);
        model.addAttribute("items", own ? lists.ownUnassessed(user, OWN_LIST_LIMIT)
                : lists.visibleUnassessed(user, OWN_LIST_LIMIT));
        model.addAttribute("highlightAfterDays", lists.highlightAfterDays());
        model.addAttribute("lists", lists);
        model.addAttribute("activeNav", "home");
        return "followup/inbox";
    }

    @GetMapping(FollowUpPaths.CASE_INBOX)
    String caseItems(@PathVariable long caseId, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("heading", headings.of(user, caseId));
        model.addAttribute("items", inbox.ofCase(user, caseId));
        model.addAttribute("activeNav", "cases");
        return "followup/case-inbox";
    }

    @GetMapping(FollowUpPaths.ITEM)
    String item(@PathVariable long caseId, @PathVariable long id, Model model) {
        NewInformation item = inbox.item(currentUsers.require(), caseId, id);
        return itemPage(caseId, item, AssessmentForm.empty(item.version()), Map.of(), model);
    }

    @PostMapping(FollowUpPaths.ITEM + "/vurdering")
    @PreAuthorize(FollowUpPaths.WRITERS)
    String assess(@PathVariable long caseId, @PathVariable long id, @ModelAttribute("form") AssessmentForm form,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        FieldErrors errors = new FieldErrors();
        var assessment = form.toAssessment(errors);
        if (errors.isEmpty()) {
            try {
                var assessed = inbox.assess(user, caseId, id, FormValues.version(form.version()), assessment);
                redirect.addFlashAttribute("message", "Vurderingen er gemt: " + assessed.outcome().label() + ".");
                return "redirect:" + FollowUpPaths.item(caseId, id);
            } catch (ValidationFailed e) {
                errors = e.errors();
            } catch (OptimisticLockingFailureException e) {
                errors.reject("conflict", CONFLICT);
            }
        }
        return itemPage(caseId, inbox.item(user, caseId, id), form, errors.asMap(), model);
    }

    private String itemPage(long caseId, NewInformation item, AssessmentForm form, Map<String, String> errors,
            Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("heading", headings.of(user, caseId));
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", AssessmentOutcome.values());
        model.addAttribute("kinds", InvestigationKind.values());
        model.addAttribute("interventions", inbox.adjustableInterventions(caseId));
        model.addAttribute("activeNav", "cases");
        return "followup/item";
    }
}
