package dk.spor.followup.web;

import dk.spor.followup.ContactLog;
import dk.spor.followup.FollowUpWorkLists;
import dk.spor.followup.NewInformationInbox;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The follow-up sections other modules' pages load with htmx: the caseworker's and the leader's unassessed new
 * information on the start pages, and the contact log and unassessed items on the child's page.
 */
@Controller
@PreAuthorize(FollowUpPaths.READERS)
class FollowUpSectionController {

    private static final int START_PAGE_ITEMS = 10;
    private static final int LEADER_ITEMS = 15;
    private static final int LATEST_CONTACTS = 3;

    private final FollowUpWorkLists lists;
    private final NewInformationInbox inbox;
    private final ContactLog contacts;
    private final CaseHeadings headings;
    private final CurrentUsers currentUsers;

    FollowUpSectionController(FollowUpWorkLists lists, NewInformationInbox inbox, ContactLog contacts,
            CaseHeadings headings, CurrentUsers currentUsers) {
        this.lists = lists;
        this.inbox = inbox;
        this.contacts = contacts;
        this.headings = headings;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/ny-viden/udsnit/mine")
    String caseworkerSection(Model model) {
        model.addAttribute("items", lists.ownUnassessed(currentUsers.require(), START_PAGE_ITEMS + 1));
        model.addAttribute("limit", START_PAGE_ITEMS);
        model.addAttribute("lists", lists);
        return "followup/sections :: caseworker";
    }

    @GetMapping("/ny-viden/udsnit/team")
    String leaderSection(Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("backlog", lists.backlogPerCaseworker(user));
        model.addAttribute("items", lists.visibleUnassessed(user, LEADER_ITEMS + 1));
        model.addAttribute("limit", LEADER_ITEMS);
        model.addAttribute("highlightAfterDays", lists.highlightAfterDays());
        model.addAttribute("lists", lists);
        return "followup/sections :: leader";
    }

    @GetMapping("/sager/{caseId}/opfoelgning/udsnit")
    String childSection(@PathVariable long caseId, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("heading", headings.of(user, caseId));
        model.addAttribute("unassessed", inbox.unassessedOfCase(user, caseId));
        model.addAttribute("contacts", contacts.latestOfCase(user, caseId, LATEST_CONTACTS));
        model.addAttribute("contactCount", contacts.countOfCase(caseId));
        return "followup/sections :: child";
    }
}
