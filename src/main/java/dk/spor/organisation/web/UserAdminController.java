package dk.spor.organisation.web;

import java.util.Map;

import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.NewUser;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Role;
import dk.spor.organisation.UserAdministration;
import dk.spor.organisation.UserChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users: the list, creating a user, and disabling or enabling one. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final UserAdministration users;
    private final Organisation organisation;
    private final CurrentUsers currentUsers;

    UserAdminController(UserAdministration users, Organisation organisation, CurrentUsers currentUsers) {
        this.users = users;
        this.organisation = organisation;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void navigation(Model model) {
        model.addAttribute("activeNav", "admin");
    }

    @GetMapping("/admin/brugere")
    String list(Model model) {
        model.addAttribute("users", users.users());
        model.addAttribute("me", currentUsers.require().id());
        return "organisation/users";
    }

    @GetMapping("/admin/brugere/ny")
    String newUser(Model model) {
        return form(UserForm.empty(), Map.of(), model);
    }

    @PostMapping("/admin/brugere/ny")
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        NewUser user = form.toNewUser();
        if (users.create(user) instanceof UserChange.Refused refused) {
            return form(form, refused.reasons(), model);
        }
        redirect.addFlashAttribute("message", "Brugeren " + user.username() + " er oprettet.");
        return "redirect:/admin/brugere";
    }

    @PostMapping("/admin/brugere/{id}/aktiv")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam int version,
            RedirectAttributes redirect) {
        if (users.setEnabled(id, enabled, version, currentUsers.require()) instanceof UserChange.Refused refused) {
            redirect.addFlashAttribute("problem", refused.reasons().values().iterator().next());
        } else {
            redirect.addFlashAttribute("message", enabled ? "Brugeren er genåbnet." : "Brugeren er spærret.");
        }
        return "redirect:/admin/brugere";
    }

    private String form(UserForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", organisation.teams());
        model.addAttribute("providers", organisation.providers());
        model.addAttribute("minPasswordLength", NewUser.MIN_PASSWORD_LENGTH);
        return "organisation/user-form";
    }
}
