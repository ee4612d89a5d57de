package dk.spor.workspace.web;

import dk.spor.workspace.ChildOverview;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The child's page: who the child is, the people around them, the case, deadlines and the chronology. */
@Controller
class ChildPageController {

    private final CurrentUsers currentUsers;
    private final ChildOverview childOverview;

    ChildPageController(CurrentUsers currentUsers, ChildOverview childOverview) {
        this.currentUsers = currentUsers;
        this.childOverview = childOverview;
    }

    @GetMapping("/boern/{childId}")
    String child(@PathVariable long childId, @RequestParam(name = "vis", required = false) String kind, Model model) {
        CurrentUser user = currentUsers.require();
        if (user.is(Role.PROVIDER)) {
            // A provider never reads the case record; its own view of the child checks that it delivers to them.
            return "redirect:/udfoerer/boern/" + childId;
        }
        model.addAttribute("page", childOverview.load(user, childId, kind));
        model.addAttribute("activeNav", "cases");
        return "workspace/child";
    }
}
