package dk.spor.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import dk.spor.casefile.CaseFile;
import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.InterventionStatus;
import dk.spor.intervention.Interventions;
import dk.spor.meeting.domain.MeetingType;
import dk.spor.meeting.service.MeetingPlanning;
import dk.spor.meeting.service.MeetingQueries;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.people.People;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's meetings: the overview, the section on the child's page, and planning a new meeting. */
@Controller
class CaseMeetingsController {

    private final MeetingQueries queries;
    private final MeetingPlanning planning;
    private final People people;
    private final Interventions interventions;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    CaseMeetingsController(MeetingQueries queries, MeetingPlanning planning, People people, Interventions interventions,
            CurrentUsers currentUsers, Clock clock) {
        this.interventions = interventions;
        this.queries = queries;
        this.planning = planning;
        this.people = people;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/sager/{caseId}/moeder")
    @PreAuthorize(MeetingPaths.READERS)
    String meetings(@PathVariable long caseId, Model model) {
        model.addAttribute("page", queries.caseMeetings(currentUsers.require(), caseId));
        model.addAttribute("activeNav", "cases");
        return "meeting/case-meetings";
    }

    /** The meetings section of the child's page, loaded with htmx. */
    @GetMapping("/sager/{caseId}/moeder/udsnit")
    @PreAuthorize(MeetingPaths.READERS)
    String section(@PathVariable long caseId, Model model) {
        model.addAttribute("page", queries.caseMeetings(currentUsers.require(), caseId));
        return "meeting/section :: section";
    }

    @GetMapping("/sager/{caseId}/moeder/ny")
    @PreAuthorize(MeetingPaths.WRITERS)
    String newMeeting(@PathVariable long caseId, @RequestParam(name = "type", required = false) String type,
            Model model) {
        CaseFile caseFile = queries.caseFile(currentUsers.require(), caseId);
        PlanForm form = new PlanForm();
        MeetingType chosen = planning.types().stream().filter(t -> t.code().equals(type)).findFirst()
                .orElse(planning.types().get(0));
        form.setTypeCode(chosen.code());
        form.setDurationMinutes(String.valueOf(chosen.defaultDurationMinutes()));
        form.setDate(LocalDate.now(clock).plusDays(7).toString());
        form.setTime("09:00");
        form.setSchoolName(people.child(caseFile.childId()).orElseThrow().school());
        people.relationsOf(caseFile.childId()).stream().filter(r -> r.custody())
                .forEach(r -> form.getPersonIds().add(r.personId()));
        // Never ask twice: whoever delivers the case's interventions is invited unless the caseworker removes them.
        String providers = interventions.ofCase(caseId).stream()
                .filter(i -> i.status() != InterventionStatus.ENDED && i.providerName() != null)
                .map(InterventionPeriod::providerName).distinct().collect(Collectors.joining(" og "));
        form.setProviderName(providers.isEmpty() ? null : providers);
        return showForm(caseFile, form, Map.of(), model);
    }

    @PostMapping("/sager/{caseId}/moeder")
    @PreAuthorize(MeetingPaths.WRITERS)
    String plan(@PathVariable long caseId, @ModelAttribute("form") PlanForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        CaseFile caseFile = queries.caseFile(user, caseId);
        FieldErrors parseErrors = new FieldErrors();
        var plan = form.toPlan(parseErrors, people.child(caseFile.childId()).orElseThrow(),
                people.relationsOf(caseFile.childId()), user.fullName());
        if (!parseErrors.isEmpty()) {
            return showForm(caseFile, form, parseErrors.asMap(), model);
        }
        try {
            long id = planning.plan(user, caseId, plan);
            redirect.addFlashAttribute("message", "Mødet er planlagt. Dagsordenen er lavet ud fra mødetypen og kan "
                    + "rettes nedenfor, før den sendes.");
            return MeetingPaths.meeting(id);
        } catch (ValidationFailed e) {
            return showForm(caseFile, form, e.errors().asMap(), model);
        }
    }

    private String showForm(CaseFile caseFile, PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("child", people.child(caseFile.childId()).orElseThrow());
        model.addAttribute("relations", people.relationsOf(caseFile.childId()));
        model.addAttribute("types", planning.types());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "meeting/plan";
    }
}
