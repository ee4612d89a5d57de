package dk.spor.statusreport.web;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.statusreport.Deliveries;
import dk.spor.statusreport.StatusReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The provider's page about one child: first name, age and school, the interventions it delivers with their purpose
 * and goals, the caseworker to contact, and its own status reports. Nothing else of the case.
 */
@Controller
@PreAuthorize("hasRole('PROVIDER')")
class ProviderChildController {

    private final Deliveries deliveries;
    private final StatusReports reports;
    private final CurrentUsers currentUsers;

    ProviderChildController(Deliveries deliveries, StatusReports reports, CurrentUsers currentUsers) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/udfoerer/boern/{childId}")
    String child(@PathVariable long childId, Model model) {
        CurrentUser user = currentUsers.require();
        var delivered = deliveries.toChild(user, childId);
        model.addAttribute("child", delivered.get(0));
        model.addAttribute("deliveries", delivered);
        model.addAttribute("reports", reports.ofChildForProvider(user, childId));
        model.addAttribute("activeNav", "home");
        return "statusreport/provider-child";
    }
}
