package dk.spor.organisation.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String login(Model model) {
        model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
        model.addAttribute("lockMinutes", lockMinutes);
        return "organisation/login";
    }
}
