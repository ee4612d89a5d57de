package dk.spor.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.spor.intervention.FollowUpCadences;
import dk.spor.meeting.domain.Meeting;
import dk.spor.meeting.domain.MeetingChangedConcurrently;
import dk.spor.meeting.domain.MeetingRejected;
import dk.spor.meeting.service.MeetingMinutes;
import dk.spor.meeting.service.MeetingPlanning;
import dk.spor.meeting.service.MeetingQueries;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.plan.Goal;
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

/** One meeting: its page with the agenda (edit, send, print) and the minutes. */
@Controller
class MeetingController {

    private static final String CONFLICT = "conflict";

    private final MeetingQueries queries;
    private final MeetingPlanning planning;
    private final MeetingMinutes minutes;
    private final CurrentUsers currentUsers;
    private final FollowUpCadences cadences;
    private final Clock clock;
    private final String municipalityName;

    MeetingController(MeetingQueries queries, MeetingPlanning planning, MeetingMinutes minutes,
            CurrentUsers currentUsers, FollowUpCadences cadences, Clock clock,
            @Value("${spor.municipality-name}") String municipalityName) {
        this.cadences = cadences;
        this.clock = clock;
        this.queries = queries;
        this.planning = planning;
        this.minutes = minutes;
        this.currentUsers = currentUsers;
        this.municipalityName = municipalityName;
    }

    @GetMapping("/moeder/{id}")
    @PreAuthorize(MeetingPaths.READERS)
    String meeting(@PathVariable long id, Model model) {
        Meeting meeting = queries.meeting(currentUsers.require(), id);
        return showMeeting(meeting, AgendaForm.of(meeting), Map.of(), model);
    }

    @PostMapping("/moeder/{id}/dagsorden")
    @PreAuthorize(MeetingPaths.WRITERS)
    String editAgenda(@PathVariable long id, @ModelAttribute("agendaForm") AgendaForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            planning.editAgenda(user, id, FormValues.version(form.getVersion()), form.drafts());
            redirect.addFlashAttribute("message", "Dagsordenen er gemt.");
            return MeetingPaths.meeting(id) + "#dagsorden";
        } catch (ValidationFailed e) {
            return showMeeting(queries.meeting(user, id), form, e.errors().asMap(), model);
        } catch (MeetingChangedConcurrently | MeetingRejected e) {
            return showAfterConflict(user, id, form, e.getMessage(), model);
        }
    }

    @PostMapping("/moeder/{id}/afsendelse")
    @PreAuthorize(MeetingPaths.WRITERS)
    String sendAgenda(@PathVariable long id, @ModelAttribute("agendaForm") AgendaForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        try {
            planning.sendAgenda(user, id, FormValues.version(form.getVersion()), form.getRecipients());
            redirect.addFlashAttribute("message", "Dagsordenen er registreret som sendt.");
            return MeetingPaths.meeting(id);
        } catch (ValidationFailed e) {
            return showWithRecipients(user, id, form.getRecipients(), e.errors().asMap(), model);
        } catch (MeetingChangedConcurrently | MeetingRejected e) {
            return showWithRecipients(user, id, form.getRecipients(), Map.of(CONFLICT, e.getMessage()), model);
        }
    }

    /** The saved meeting again, with the recipients as typed. */
    private String showWithRecipients(CurrentUser user, long id, String recipients, Map<String, String> errors,
            Model model) {
        Meeting meeting = queries.meeting(user, id);
        AgendaForm shown = AgendaForm.of(meeting);
        shown.setRecipients(recipients);
        return showMeeting(meeting, shown, errors, model);
    }

    @GetMapping(value = "/moeder/{id}/dagsorden.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(MeetingPaths.READERS)
    ResponseEntity<byte[]> agendaPdf(@PathVariable long id) {
        byte[] pdf = planning.agendaPdf(currentUsers.require(), id, municipalityName);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dagsorden-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/moeder/{id}/referat")
    @PreAuthorize(MeetingPaths.WRITERS)
    String minutesForm(@PathVariable long id, Model model) {
        Meeting meeting = queries.meeting(currentUsers.require(), id);
        if (meeting.isHeld()) {
            return MeetingPaths.meeting(id);
        }
        MinutesForm form = MinutesForm.of(meeting);
        if (form.getNextFollowUpOn() == null) {
            // The case's decided cadence proposes the date; the caseworker agrees it with the family.
            cadences.current(meeting.caseId()).ifPresent(cadence -> form.setNextFollowUpOn(
                    cadence.nextAfter(LocalDate.ofInstant(meeting.startsAt(), clock.getZone())).toString()));
        }
        return showMinutes(meeting, form, Map.of(), model);
    }

    @PostMapping("/moeder/{id}/referat")
    @PreAuthorize(MeetingPaths.WRITERS)
    String saveMinutes(@PathVariable long id, @RequestParam(name = "action", defaultValue = "draft") String action,
            @ModelAttribute("form") MinutesForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Meeting meeting = queries.meeting(user, id);
        FieldErrors parseErrors = new FieldErrors();
        var typed = form.toMinutes(meeting, goalIds(meeting), parseErrors);
        if (!parseErrors.isEmpty()) {
            return showMinutes(meeting, form, parseErrors.asMap(), model);
        }
        boolean closing = "close".equals(action);
        try {
            if (closing) {
                minutes.close(user, id, FormValues.version(form.getVersion()), typed);
                redirect.addFlashAttribute("message", "Referatet er afsluttet, og mødet er holdt. Næste opfølgning og "
                        + "opkaldene til forældrene står nu som opgaver.");
                return MeetingPaths.meeting(id);
            }
            minutes.saveDraft(user, id, FormValues.version(form.getVersion()), typed);
            redirect.addFlashAttribute("message", "Referatet er gemt som kladde.");
            return "redirect:/moeder/" + id + "/referat";
        } catch (ValidationFailed e) {
            return showMinutes(meeting, form, e.errors().asMap(), model);
        } catch (MeetingChangedConcurrently | MeetingRejected e) {
            Meeting saved = queries.meeting(user, id);
            form.setVersion(String.valueOf(saved.version()));
            return showMinutes(saved, form, Map.of(CONFLICT, e.getMessage()), model);
        }
    }

    /** The minutes review the case's active goals with Signs of Safety. */
    private List<Goal> goals(Meeting meeting) {
        return queries.activeGoals(meeting);
    }

    private List<Long> goalIds(Meeting meeting) {
        return goals(meeting).stream().map(Goal::id).toList();
    }

    private String showAfterConflict(CurrentUser user, long id, AgendaForm form, String message, Model model) {
        Meeting saved = queries.meeting(user, id);
        form.setVersion(String.valueOf(saved.version()));
        return showMeeting(saved, form, Map.of(CONFLICT, message), model);
    }

    private String showMeeting(Meeting meeting, AgendaForm form, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("agendaForm", form);
        model.addAttribute("errors", new HashMap<>(errors));
        model.addAttribute("activeNav", "cases");
        return "meeting/meeting";
    }

    private String showMinutes(Meeting meeting, MinutesForm form, Map<String, String> errors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("goals", goals(meeting));
        model.addAttribute("cadence", cadences.current(meeting.caseId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", new HashMap<>(errors));
        model.addAttribute("activeNav", "cases");
        return "meeting/minutes";
    }
}
