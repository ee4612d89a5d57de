package dk.spor.assessment.web;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import dk.spor.organisation.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the assessment pages whether to offer the forms: only caseworkers and team leaders may write. */
@ControllerAdvice(basePackageClasses = WriterAdvice.class)
class WriterAdvice {

    private final CurrentUsers currentUsers;

    WriterAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("mayWrite")
    boolean mayWrite() {
        return currentUsers.find().map(WriterAdvice::writes).orElse(false);
    }

    private static boolean writes(CurrentUser user) {
        return user.is(Role.CASEWORKER) || user.is(Role.TEAM_LEADER);
    }
}
