package dk.spor.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dk.spor.meeting.domain.FollowUpCall;
import dk.spor.meeting.domain.MeetingChangedConcurrently;
import dk.spor.meeting.domain.MeetingRejected;
import dk.spor.meeting.service.FollowUpCalls;
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

/** The phone call to a parent after a meeting, with the short question guide. */
@Controller
class CallController {

    private final FollowUpCalls calls;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CallController(FollowUpCalls calls, CurrentUsers currentUsers, Clock clock) {
        this.calls = calls;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/moeder/opkald/{id}")
    @PreAuthorize(MeetingPaths.READERS)
    String call(@PathVariable long id, Model model) {
        FollowUpCall call = calls.call(currentUsers.require(), id);
        CallForm form = new CallForm();
        form.setVersion(String.valueOf(call.version()));
        form.setCalledOn(LocalDate.now(clock).toString());
        form.setCalledTime(LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString());
        return show(call, form, Map.of(), model);
    }

    @PostMapping("/moeder/opkald/{id}")
    @PreAuthorize(MeetingPaths.WRITERS)
    String record(@PathVariable long id, @ModelAttribute("form") CallForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        FieldErrors parseErrors = new FieldErrors();
        var record = form.toRecord(parseErrors);
        if (!parseErrors.isEmpty()) {
            return show(calls.call(user, id), form, parseErrors.asMap(), model);
        }
        try {
            calls.record(user, id, FormValues.version(form.getVersion()), record);
            FollowUpCall call = calls.call(user, id);
            redirect.addFlashAttribute("message", "Opkaldet til " + call.personName() + " er registreret.");
            return "redirect:/sager/" + call.caseId() + "/moeder";
        } catch (ValidationFailed e) {
            return show(calls.call(user, id), form, e.errors().asMap(), model);
        } catch (MeetingChangedConcurrently | MeetingRejected e) {
            return show(calls.call(user, id), form, Map.of("conflict", e.getMessage()), model);
        }
    }

    private String show(FollowUpCall call, CallForm form, Map<String, String> errors, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "meeting/call";
    }
}
