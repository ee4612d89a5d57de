package dk.spor.workspace.web;

import dk.spor.organisation.CurrentUsers;
import dk.spor.workspace.CaseQuery;
import dk.spor.workspace.Workspace;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The searchable, paginated list of cases the user may see. Answers htmx with just the result table. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'TEAM_LEADER', 'HEAD')")
class CaseListController {

    static final int PAGE_SIZE = 25;

    private final CurrentUsers currentUsers;
    private final Workspace workspace;

    CaseListController(CurrentUsers currentUsers, Workspace workspace) {
        this.currentUsers = currentUsers;
        this.workspace = workspace;
    }

    @GetMapping("/sager")
    String cases(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "lukkede", defaultValue = "false") boolean includeClosed,
            @RequestParam(name = "side", defaultValue = "1") int page, Model model, HttpServletRequest request) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        model.addAttribute("q", text);
        model.addAttribute("includeClosed", includeClosed);
        model.addAttribute("activeNav", "cases");
        model.addAttribute("result", workspace.searchCases(currentUsers.require(), new CaseQuery(text), includeClosed,
                page - 1, PAGE_SIZE));
        boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
        return htmx ? "workspace/cases :: results" : "workspace/cases";
    }
}
