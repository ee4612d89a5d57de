package dk.spor.meeting.web;

import dk.spor.meeting.service.MeetingPlanning;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The meeting types as configured: participants, tools, agenda templates and the deadlines they set going. */
@Controller
class MeetingTypeAdminController {

    private final MeetingPlanning planning;

    MeetingTypeAdminController(MeetingPlanning planning) {
        this.planning = planning;
    }

    @GetMapping("/admin/moedetyper")
    String types(Model model) {
        model.addAttribute("types", planning.types());
        model.addAttribute("activeNav", "admin");
        return "meeting/types";
    }
}
