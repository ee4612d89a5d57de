package dk.spor.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dk.spor.audit.InsightRequests;
import dk.spor.shared.Cpr;
import org.springframework.http.ContentDisposition;
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

/**
 * A citizen's insight request: the administrator types the child's CPR number (posted, so it stays out of URLs and
 * browser history) and gets every access to the child's data, to print or download.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InsightRequestController {

    private final InsightRequests insight;

    InsightRequestController(InsightRequests insight) {
        this.insight = insight;
    }

    @ModelAttribute
    void navigation(Model model) {
        model.addAttribute("activeNav", "admin");
    }

    @GetMapping("/admin/indsigt")
    String form(Model model) {
        return form("", Map.of(), model);
    }

    @PostMapping("/admin/indsigt")
    String find(@RequestParam(name = "cpr", defaultValue = "") String cpr, Model model) {
        Optional<Cpr> parsed = Cpr.parse(cpr);
        if (parsed.isEmpty()) {
            return form(cpr, Map.of("cpr", "Skriv et gyldigt CPR-nummer med 10 cifre, fx 010203-1234."), model);
        }
        return insight.childIdFor(parsed.get())
                .map(childId -> "redirect:/admin/indsigt/boern/" + childId)
                .orElseGet(() -> form(cpr, Map.of("cpr", "Der findes intet barn med dette CPR-nummer i Spor."), model));
    }

    @GetMapping("/admin/indsigt/boern/{childId}")
    String report(@PathVariable long childId, Model model) {
        model.addAttribute("report", insight.report(childId, "vist på skærm"));
        return "audit/insight-report";
    }

    @GetMapping("/admin/indsigt/boern/{childId}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long childId) {
        byte[] body = InsightCsv.of(insight.report(childId, "CSV")).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("indsigt-barn-" + childId + ".csv").build().toString())
                .body(body);
    }

    private String form(String cpr, Map<String, String> errors, Model model) {
        model.addAttribute("cpr", cpr);
        model.addAttribute("errors", errors);
        return "audit/insight";
    }
}
