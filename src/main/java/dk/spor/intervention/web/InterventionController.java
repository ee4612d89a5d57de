package dk.spor.intervention.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.spor.intervention.CadenceUnit;
import dk.spor.intervention.FollowUpCadences;
import dk.spor.intervention.Intervention;
import dk.spor.intervention.InterventionCourse;
import dk.spor.intervention.InterventionDraft;
import dk.spor.intervention.InterventionEditConflict;
import dk.spor.intervention.InterventionType;
import dk.spor.intervention.Interventions;
import dk.spor.intervention.NewCadence;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.plan.Goal;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interventions of a case: the list with waiting times and the follow-up cadence, granting one (from a decision
 * or on its own), and each step of its course. A refused step shows the page again with what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
class InterventionController {

    private static final String WRITERS = "hasAnyRole('CASEWORKER', 'TEAM_LEADER')";
    private static final String LIST = "/sager/{caseId}/indsatser";
    private static final String ONE = LIST + "/{id}";
    private static final String CONFLICT = "conflict";

    private final InterventionPages pages;
    private final Interventions interventions;
    private final InterventionCourse course;
    private final FollowUpCadences cadences;
    private final CurrentUsers currentUsers;

    InterventionController(InterventionPages pages, Interventions interventions, InterventionCourse course,
            FollowUpCadences cadences, CurrentUsers currentUsers) {
        this.pages = pages;
        this.interventions = interventions;
        this.course = course;
        this.cadences = cadences;
        this.currentUsers = currentUsers;
    }

    @GetMapping(LIST)
    String list(@PathVariable long caseId, Model model) {
        return listPage(caseId, Map.of(), Map.of(), model);
    }

    /** The interventions in brief, loaded into the child's page, the plan page or (with a goal) a goal's page. */
    @GetMapping(LIST + "/udsnit")
    String section(@PathVariable long caseId, @RequestParam(name = "maal", required = false) Long goalId, Model model) {
        var overview = pages.overview(currentUsers.require(), caseId);
        model.addAttribute("overview", overview);
        model.addAttribute("shown", goalId == null ? overview.interventions()
                : overview.interventions().stream().filter(i -> i.goalIds().contains(goalId)).toList());
        model.addAttribute("goalId", goalId);
        return "intervention/section :: section";
    }

    @GetMapping(LIST + "/ny")
    @PreAuthorize(WRITERS)
    String newIntervention(@PathVariable long caseId, @RequestParam(name = "afgoerelse", required = false) Long decisionId,
            Model model) {
        CurrentUser user = currentUsers.require();
        InterventionForm form = decisionId == null ? new InterventionForm()
                : InterventionForm.of(course.fromDecision(user, caseId, decisionId));
        return formPage(caseId, form, Map.of(), model);
    }

    @PostMapping(LIST)
    @PreAuthorize(WRITERS)
    String grant(@PathVariable long caseId, @ModelAttribute("form") InterventionForm form, Model model,
            RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        InterventionDraft draft = form.toDraft(parsing);
        long[] id = new long[1];
        Map<String, String> errors = run(parsing, () -> id[0] = course.grant(currentUsers.require(), caseId, draft));
        if (!errors.isEmpty()) {
            return formPage(caseId, form, errors, model);
        }
        redirect.addFlashAttribute("message", "Indsatsen er oprettet.");
        return "redirect:/sager/" + caseId + "/indsatser/" + id[0];
    }

    @GetMapping(ONE)
    String intervention(@PathVariable long caseId, @PathVariable long id, Model model) {
        return detailPage(caseId, id, Map.of(), Map.of(), model);
    }

    @PostMapping(ONE + "/venter")
    @PreAuthorize(WRITERS)
    String awaitStart(@PathVariable long caseId, @PathVariable long id, @RequestParam MultiValueMap<String, String> typed,
            Model model, RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        var planned = parsing.date("plannedStartOn", typed.getFirst("plannedStartOn"));
        Long provider = provider(typed.getFirst("providerId"));
        return step(caseId, id, typed, parsing, model, redirect, "Indsatsen venter nu på opstart.",
                user -> course.awaitStart(user, caseId, id, version(typed), provider, typed.getFirst("providerContact"),
                        planned));
    }

    @PostMapping(ONE + "/start")
    @PreAuthorize(WRITERS)
    String start(@PathVariable long caseId, @PathVariable long id, @RequestParam MultiValueMap<String, String> typed,
            Model model, RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        var startedOn = parsing.date("startedOn", typed.getFirst("startedOn"));
        return step(caseId, id, typed, parsing, model, redirect,
                "Indsatsen er startet. Første opfølgning skal holdes senest 3 måneder efter starten.",
                user -> course.start(user, caseId, id, version(typed), startedOn));
    }

    @PostMapping(ONE + "/afslut")
    @PreAuthorize(WRITERS)
    String end(@PathVariable long caseId, @PathVariable long id, @RequestParam MultiValueMap<String, String> typed,
            Model model, RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        var endedOn = parsing.date("endedOn", typed.getFirst("endedOn"));
        String reached = typed.getFirst("purposeReached");
        Boolean purposeReached = reached == null || reached.isBlank() ? null : Boolean.valueOf(reached);
        return step(caseId, id, typed, parsing, model, redirect, "Indsatsen er afsluttet.",
                user -> course.end(user, caseId, id, version(typed), endedOn, typed.getFirst("endReason"),
                        purposeReached));
    }

    @PostMapping(ONE + "/ventetid")
    @PreAuthorize(WRITERS)
    String assessWaiting(@PathVariable long caseId, @PathVariable long id,
            @RequestParam MultiValueMap<String, String> typed, Model model, RedirectAttributes redirect) {
        return step(caseId, id, typed, new FieldErrors(), model, redirect, "Vurderingen af ventetiden er gemt.",
                user -> course.assessWaiting(user, caseId, id, version(typed), typed.getFirst("waitingAssessment")));
    }

    @PostMapping(ONE + "/maal")
    @PreAuthorize(WRITERS)
    String setGoals(@PathVariable long caseId, @PathVariable long id, @RequestParam MultiValueMap<String, String> typed,
            Model model, RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        List<Long> goalIds = typed.getOrDefault("goalIds", List.of()).stream().map(g -> {
            try {
                return Long.valueOf(g);
            } catch (NumberFormatException e) {
                parsing.reject("goalIds", "Vælg målene blandt sagens mål.");
                return -1L;
            }
        }).toList();
        return step(caseId, id, typed, parsing, model, redirect, "Målene for indsatsen er gemt.",
                user -> course.setGoals(user, caseId, id, version(typed), goalIds));
    }

    @PostMapping(LIST + "/opfoelgning")
    @PreAuthorize(WRITERS)
    String decideCadence(@PathVariable long caseId, @RequestParam MultiValueMap<String, String> typed, Model model,
            RedirectAttributes redirect) {
        FieldErrors parsing = new FieldErrors();
        Integer amount = null;
        String amountText = typed.getFirst("intervalAmount");
        if (amountText != null && !amountText.isBlank()) {
            try {
                amount = Integer.valueOf(amountText.strip());
            } catch (NumberFormatException e) {
                parsing.reject("intervalAmount", "Skriv hvor ofte der følges op som et helt tal, fx 3.");
            }
        }
        CadenceUnit unit = null;
        try {
            unit = CadenceUnit.valueOf(typed.getFirst("intervalUnit"));
        } catch (IllegalArgumentException | NullPointerException e) {
            parsing.reject("intervalUnit", "Vælg uger eller måneder.");
        }
        NewCadence cadence = new NewCadence(amount, unit, typed.getFirst("justification"), typed.getFirst("childWish"),
                parsing.date("decidedOn", typed.getFirst("decidedOn")));
        Map<String, String> errors = run(parsing, () -> cadences.decide(currentUsers.require(), caseId, cadence));
        if (!errors.isEmpty()) {
            return listPage(caseId, errors, typed.toSingleValueMap(), model);
        }
        redirect.addFlashAttribute("message", "Opfølgningskadencen er gemt.");
        return "redirect:/sager/" + caseId + "/indsatser";
    }

    private String step(long caseId, long id, MultiValueMap<String, String> typed, FieldErrors parsing, Model model,
            RedirectAttributes redirect, String message, java.util.function.Consumer<CurrentUser> action) {
        Map<String, String> errors = run(parsing, () -> action.accept(currentUsers.require()));
        if (!errors.isEmpty()) {
            return detailPage(caseId, id, errors, typed.toSingleValueMap(), model);
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/sager/" + caseId + "/indsatser/" + id;
    }

    private static Map<String, String> run(FieldErrors parsing, Runnable action) {
        Map<String, String> errors = new LinkedHashMap<>(parsing.asMap());
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            action.run();
        } catch (ValidationFailed e) {
            errors.putAll(e.errors().asMap());
        } catch (InterventionEditConflict e) {
            errors.put(CONFLICT, e.getMessage());
        }
        return errors;
    }

    private String listPage(long caseId, Map<String, String> errors, Map<String, String> typed, Model model) {
        model.addAttribute("overview", pages.overview(currentUsers.require(), caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("units", CadenceUnit.values());
        model.addAttribute("today", pages.today());
        model.addAttribute("activeNav", "cases");
        return "intervention/list";
    }

    private String detailPage(long caseId, long id, Map<String, String> errors, Map<String, String> typed, Model model) {
        Intervention intervention = interventions.intervention(currentUsers.require(), caseId, id);
        model.addAttribute("i", intervention);
        model.addAttribute("waiting", intervention.waitingTime(pages.today(), interventions.waitLimitDays()));
        List<Goal> goals = pages.goalsOf(caseId);
        model.addAttribute("goals", goals);
        model.addAttribute("linkedGoals", goals.stream().filter(g -> intervention.goalIds().contains(g.id())).toList());
        model.addAttribute("providers", pages.providers());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("today", pages.today());
        model.addAttribute("activeNav", "cases");
        return "intervention/intervention";
    }

    private String formPage(long caseId, InterventionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("overview", pages.overview(currentUsers.require(), caseId));
        model.addAttribute("form", form);
        model.addAttribute("typesByBasis", interventions.types().stream().collect(Collectors.groupingBy(
                InterventionType::legalBasisLabel, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("providers", pages.providers());
        model.addAttribute("goals", pages.goalsOf(caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "intervention/new";
    }

    private static int version(MultiValueMap<String, String> typed) {
        try {
            return Integer.parseInt(typed.getFirst("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long provider(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
