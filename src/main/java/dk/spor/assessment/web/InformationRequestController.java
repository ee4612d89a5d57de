package dk.spor.assessment.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.spor.assessment.domain.ConsentBasis;
import dk.spor.assessment.domain.RecipientKind;
import dk.spor.assessment.service.InformationRequestService;
import dk.spor.assessment.service.InvestigationDetails.RequestStatus;
import dk.spor.assessment.service.InvestigationDetails;
import dk.spor.organisation.CurrentUsers;
import dk.spor.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Requesting information for an investigation, and registering the reply. */
@Controller
@PreAuthorize(AssessmentPaths.WRITERS)
class InformationRequestController {

    private static final String REQUESTS = AssessmentPaths.INVESTIGATION + "/indhentninger";
    private static final String REQUEST_VIEW = "assessment/information-request-form";
    private static final String REPLY_VIEW = "assessment/information-reply-form";

    private final InformationRequestService requests;
    private final InvestigationPages pages;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InformationRequestController(InformationRequestService requests, InvestigationPages pages,
            CurrentUsers currentUsers, Clock clock) {
        this.requests = requests;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping(REQUESTS + "/ny")
    String newRequest(@PathVariable long caseId, @PathVariable long investigationId, Model model) {
        model.addAttribute("form", InformationRequestForm.sentToday(LocalDate.now(clock)));
        return requestPage(caseId, investigationId, model);
    }

    @PostMapping(REQUESTS)
    String send(@PathVariable long caseId, @PathVariable long investigationId,
            @ModelAttribute("form") InformationRequestForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var request = form.toRequest(binding);
        if (Submission.run(binding, () -> requests.send(currentUsers.require(), caseId, investigationId, request))) {
            redirect.addFlashAttribute("message", "Anmodningen om oplysninger er registreret.");
            return AssessmentPaths.investigation(caseId, investigationId, "indhentninger");
        }
        return requestPage(caseId, investigationId, model);
    }

    @GetMapping(REQUESTS + "/{requestId}/svar")
    String reply(@PathVariable long caseId, @PathVariable long investigationId, @PathVariable long requestId,
            Model model) {
        RequestStatus request = request(pages.load(caseId, investigationId, model), requestId);
        model.addAttribute("request", request);
        model.addAttribute("form",
                InformationReplyForm.receivedToday(LocalDate.now(clock), request.request().version()));
        model.addAttribute("version", request.request().version());
        return REPLY_VIEW;
    }

    @PostMapping(REQUESTS + "/{requestId}/svar")
    String receive(@PathVariable long caseId, @PathVariable long investigationId, @PathVariable long requestId,
            @ModelAttribute("form") InformationReplyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var reply = form.toReply(binding);
        if (Submission.run(binding, () -> requests.receive(currentUsers.require(), caseId, investigationId,
                requestId, reply, Forms.version(form.version())))) {
            redirect.addFlashAttribute("message", "Svaret er registreret.");
            return AssessmentPaths.investigation(caseId, investigationId, "indhentninger");
        }
        RequestStatus request = request(pages.load(caseId, investigationId, model), requestId);
        model.addAttribute("request", request);
        model.addAttribute("version", Submission.versionToShow(binding, form.version(), request.request().version()));
        return REPLY_VIEW;
    }

    private String requestPage(long caseId, long investigationId, Model model) {
        pages.load(caseId, investigationId, model);
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("consentBases", ConsentBasis.values());
        return REQUEST_VIEW;
    }

    private static RequestStatus request(InvestigationDetails details, long requestId) {
        return details.informationRequests().stream().filter(r -> r.request().id() == requestId).findFirst()
                .orElseThrow(() -> new NotFound("Information request " + requestId + " is not on the case"));
    }
}
