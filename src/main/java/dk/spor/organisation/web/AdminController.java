package dk.spor.organisation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's start page: one card per administration area. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminController {

    @GetMapping("/admin")
    String start(Model model) {
        model.addAttribute("activeNav", "admin");
        return "organisation/admin";
    }
}
