package dk.spor.followup.web;

import java.time.Clock;
import java.util.Map;

import dk.spor.followup.ContactChannel;
import dk.spor.followup.ContactLog;
import dk.spor.followup.Counterpart;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case's contact log with the quick entry form at the top. */
@Controller
@PreAuthorize(FollowUpPaths.READERS)
class ContactController {

    private final ContactLog contacts;
    private final CaseHeadings headings;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ContactController(ContactLog contacts, CaseHeadings headings, CurrentUsers currentUsers, Clock clock) {
        this.contacts = contacts;
        this.headings = headings;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(FollowUpPaths.CONTACTS)
    String contacts(@PathVariable long caseId, Model model) {
        return page(caseId, ContactForm.empty(FormValues.dateTimeValue(clock.instant())), Map.of(), model);
    }

    @PostMapping(FollowUpPaths.CONTACTS)
    @PreAuthorize(FollowUpPaths.WRITERS)
    String record(@PathVariable long caseId, @ModelAttribute("form") ContactForm form, Model model,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        var contact = form.toContact(errors);
        if (!errors.isEmpty()) {
            return page(caseId, form, errors.asMap(), model);
        }
        try {
            var saved = contacts.record(currentUsers.require(), caseId, contact);
            redirect.addFlashAttribute("message", saved.heading() + " er gemt. Den ligger nu som ny viden, "
                    + "der skal vurderes.");
            return "redirect:/sager/" + caseId + "/kontakter";
        } catch (ValidationFailed e) {
            return page(caseId, form, e.errors().asMap(), model);
        }
    }

    private String page(long caseId, ContactForm form, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("heading", headings.of(user, caseId));
        model.addAttribute("contacts", contacts.ofCase(user, caseId));
        model.addAttribute("people", contacts.peopleAround(user, caseId));
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("counterparts", Counterpart.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "followup/contacts";
    }
}
