package dk.spor.organisation.web;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Makes the signed-in user available to every page (header, menus). */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.find().orElse(null);
    }
}
