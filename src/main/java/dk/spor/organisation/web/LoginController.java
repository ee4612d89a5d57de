package dk.spor.organisation.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final int lockMinutes;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients,
            @Value("${spor.login.lock-minutes:15}") int lockMinutes) {
        this.oidcClients = oidcClients;
        this.lockMinutes = lockMinutes;
    }

    @GetMapping("/login")
    String login(@SessionAttribute(name = "SPOR_LAST_USERNAME", required = false) String lastUsername, Model model) {
        model.addAttribute("lastUsername", lastUsername);
        model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
        model.addAttribute("lockMinutes", lockMinutes);
        return "organisation/login";
    }
}
