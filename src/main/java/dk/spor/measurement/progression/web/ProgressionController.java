package dk.spor.measurement.progression.web;

import dk.spor.measurement.progression.AlertKind;
import dk.spor.measurement.progression.AlertLists;
import dk.spor.measurement.progression.ProgressionPage;
import dk.spor.measurement.progression.ProgressionView;
import dk.spor.organisation.CurrentUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The child's progression page and its PDF, and the alert lists for the start pages and the leader. */
@Controller
class ProgressionController {

    private static final int START_PAGE_ALERTS = 8;
    private static final int LIST_PAGE_SIZE = 25;

    private final ProgressionView view;
    private final AlertLists alerts;
    private final CurrentUsers currentUsers;
    private final JsonMapper json;
    private final String municipalityName;

    ProgressionController(ProgressionView view, AlertLists alerts, CurrentUsers currentUsers, JsonMapper json,
            @Value("${spor.municipality-name}") String municipalityName) {
        this.view = view;
        this.alerts = alerts;
        this.currentUsers = currentUsers;
        this.json = json;
        this.municipalityName = municipalityName;
    }

    @GetMapping("/boern/{childId}/progression")
    String progression(@PathVariable long childId, @RequestParam(name = "instrument", required = false) String instrument,
            Model model) {
        ProgressionPage page = view.page(currentUsers.require(), childId, instrument);
        model.addAttribute("page", page);
        model.addAttribute("chartJson", page.chart() == null ? null : json.writeValueAsString(page.chart()));
        model.addAttribute("activeNav", "cases");
        return "measurement/progression";
    }

    @GetMapping(value = "/boern/{childId}/progression.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long childId,
            @RequestParam(name = "instrument", required = false) String instrument) {
        byte[] pdf = view.pdf(currentUsers.require(), childId, instrument, municipalityName);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"progression-" + childId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** A short summary for the child's page (htmx): the open alerts and the way to the progression page. */
    @GetMapping("/boern/{childId}/progression/udsnit")
    String summary(@PathVariable long childId, Model model) {
        model.addAttribute("childId", childId);
        model.addAttribute("alerts", view.openAlerts(currentUsers.require(), childId));
        return "measurement/alert-sections :: child";
    }

    /** The caseworker's start page section (htmx): open alerts on their own cases. */
    @GetMapping("/progression/advarsler/mine")
    @PreAuthorize("hasRole('CASEWORKER')")
    String mine(Model model) {
        model.addAttribute("alerts", alerts.mine(currentUsers.require(), START_PAGE_ALERTS));
        return "measurement/alert-sections :: mine";
    }

    /** The leader's start page section (htmx): the newest open alerts in the teams and how many there are. */
    @GetMapping("/progression/advarsler/team")
    @PreAuthorize("hasAnyRole('TEAM_LEADER', 'HEAD')")
    String team(Model model) {
        model.addAttribute("list", alerts.visible(currentUsers.require(), null, 0, START_PAGE_ALERTS));
        return "measurement/alert-sections :: team";
    }

    /** The leader's list of open alerts, by kind, a page at a time. */
    @GetMapping("/progression/advarsler")
    @PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
    String list(@RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "side", defaultValue = "1") int side, Model model) {
        AlertKind kind = parseKind(type);
        int page = Math.max(0, side - 1);
        model.addAttribute("list", alerts.visible(currentUsers.require(), kind, page, LIST_PAGE_SIZE));
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("activeNav", "home");
        return "measurement/alerts";
    }

    private static AlertKind parseKind(String type) {
        for (AlertKind kind : AlertKind.values()) {
            if (kind.name().equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
