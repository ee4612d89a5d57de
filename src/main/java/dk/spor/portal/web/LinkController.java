package dk.spor.portal.web;

import java.util.Map;

import dk.spor.measurement.CaseMeasuring;
import dk.spor.measurement.Instruments;
import dk.spor.measurement.Measurements;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.people.People;
import dk.spor.portal.CreatedLink;
import dk.spor.portal.NewLink;
import dk.spor.portal.OneTimeLinks;
import dk.spor.shared.Perspective;
import dk.spor.shared.ValidationFailed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The caseworker's page for one-time links on a case: make one, copy it once, follow each link's status. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER')")
class LinkController {

    private final OneTimeLinks links;
    private final Measurements measurements;
    private final Instruments instruments;
    private final People people;
    private final CurrentUsers currentUsers;

    LinkController(OneTimeLinks links, Measurements measurements, Instruments instruments, People people,
            CurrentUsers currentUsers) {
        this.links = links;
        this.measurements = measurements;
        this.instruments = instruments;
        this.people = people;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/sager/{caseId}/engangslinks")
    String links(@PathVariable long caseId, Model model) {
        LinkForm form = new LinkForm();
        form.setInstrumentCode("TRIVSELSLINEAL");
        form.setPerspective(Perspective.CHILD.name());
        form.setValidDays(String.valueOf(links.defaultValidDays()));
        return show(caseId, form, Map.of(), model);
    }

    @PostMapping("/sager/{caseId}/engangslinks")
    String create(@PathVariable long caseId, @ModelAttribute("form") LinkForm form, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        NewLink link = form.toLink();
        if (link == null) {
            return show(caseId, form, Map.of("validDays", "Skriv antal dage som et helt tal, fx 7."), model);
        }
        try {
            CreatedLink created = links.create(currentUsers.require(), caseId, link);
            redirect.addFlashAttribute("createdUrl", ServletUriComponentsBuilder.fromContextPath(request)
                    .path(created.path()).toUriString());
            redirect.addFlashAttribute("createdFor", created.link().respondentName());
            return "redirect:/sager/" + caseId + "/engangslinks";
        } catch (ValidationFailed e) {
            return show(caseId, form, e.errors().asMap(), model);
        }
    }

    private String show(long caseId, LinkForm form, Map<String, String> errors, Model model) {
        CurrentUser user = currentUsers.require();
        CaseMeasuring measuring = measurements.measuring(user, caseId);
        model.addAttribute("measuring", measuring);
        model.addAttribute("child", people.child(measuring.childId()).orElseThrow());
        model.addAttribute("relations", people.relationsOf(measuring.childId()));
        model.addAttribute("instruments", instruments.activeMain());
        model.addAttribute("links", links.ofCase(user, caseId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activeNav", "cases");
        return "portal/links";
    }
}
