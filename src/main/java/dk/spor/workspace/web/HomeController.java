package dk.spor.workspace.web;

import java.util.Optional;

import dk.spor.assessment.Investigations;
import dk.spor.intake.Intake;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Organisation;
import dk.spor.statusreport.Deliveries;
import dk.spor.workspace.Workspace;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, which differs by role: own cases and tasks, the team's cases, or the whole service. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final Workspace workspace;
    private final Organisation organisation;
    private final Intake intake;
    private final Investigations investigations;
    private final Deliveries deliveries;

    HomeController(CurrentUsers currentUsers, Workspace workspace, Organisation organisation, Intake intake,
            Investigations investigations, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.investigations = investigations;
        this.intake = intake;
        this.currentUsers = currentUsers;
        this.workspace = workspace;
        this.organisation = organisation;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("activeNav", "home");
        return switch (user.role()) {
            case CASEWORKER -> {
                model.addAttribute("cases", workspace.ownOpenCases(user));
                model.addAttribute("tasks", workspace.ownTasks(user));
                model.addAttribute("overdueRequests", investigations.overdueInformationRequests(user));
                yield "workspace/home-caseworker";
            }
            case TEAM_LEADER -> {
                model.addAttribute("teams", user.teamIds().stream().map(organisation::team).flatMap(Optional::stream).toList());
                model.addAttribute("unassigned", workspace.unassigned(user));
                model.addAttribute("overdue", workspace.overdueTasks(user));
                model.addAttribute("teamSummary", workspace.teamSummary(user));
                model.addAttribute("repeatedConcern", intake.repeatedConcern(user, 50));
                yield "workspace/home-leader";
            }
            case HEAD -> {
                model.addAttribute("teamSummary", workspace.teamSummary(user));
                yield "workspace/home-head";
            }
            case PROVIDER -> {
                model.addAttribute("deliveries", deliveries.ofProvider(user));
                yield "workspace/home-provider";
            }
            case ADMIN -> "redirect:/admin";
        };
    }
}
