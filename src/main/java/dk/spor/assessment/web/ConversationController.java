package dk.spor.assessment.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.spor.assessment.ConversationKind;
import dk.spor.assessment.service.AssessmentQueries;
import dk.spor.assessment.service.ConversationService;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a conversation with the child, the parents, the network or the reporter. */
@Controller
@PreAuthorize(AssessmentPaths.WRITERS)
class ConversationController {

    private final ConversationService conversations;
    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ConversationController(ConversationService conversations, AssessmentQueries queries, CurrentUsers currentUsers,
            Clock clock) {
        this.conversations = conversations;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(AssessmentPaths.CASE + "/samtaler/ny")
    String newConversation(@PathVariable long caseId, Model model) {
        model.addAttribute("form", ConversationForm.heldToday(LocalDate.now(clock)));
        return page(caseId, model);
    }

    @PostMapping(AssessmentPaths.CASE + "/samtaler")
    String record(@PathVariable long caseId, @ModelAttribute("form") ConversationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var conversation = form.toConversation(binding);
        if (Submission.run(binding, () -> conversations.record(currentUsers.require(), caseId, conversation))) {
            redirect.addFlashAttribute("message", "Samtalen er gemt.");
            return AssessmentPaths.overview(caseId);
        }
        return page(caseId, model);
    }

    private String page(long caseId, Model model) {
        model.addAttribute("heading", queries.heading(currentUsers.require(), caseId, "Ny samtale"));
        model.addAttribute("kinds", ConversationKind.values());
        model.addAttribute("activeNav", "cases");
        return "assessment/conversation-form";
    }
}
