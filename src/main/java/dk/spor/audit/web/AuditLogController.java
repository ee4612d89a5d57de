package dk.spor.audit.web;

import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.audit.AuditPage;
import dk.spor.audit.AuditPosition;
import dk.spor.audit.AuditTrail;
import dk.spor.organisation.UserAdministration;
import dk.spor.people.Child;
import dk.spor.people.People;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit log (revisionsspor): newest first, filtered, paged by position. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditLog audit;
    private final People people;
    private final UserAdministration users;

    AuditLogController(AuditTrail trail, AuditLog audit, People people, UserAdministration users) {
        this.trail = trail;
        this.audit = audit;
        this.people = people;
        this.users = users;
    }

    @GetMapping("/admin/logning")
    String log(@ModelAttribute("filter") AuditLogFilter filter,
            @RequestParam(name = "aeldre", required = false) String older,
            @RequestParam(name = "nyere", required = false) String newer, Model model) {
        AuditLogFilter.Parsed parsed = filter.parse(cpr -> people.childByCpr(cpr).map(Child::id));
        model.addAttribute("activeNav", "admin");
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("usernames", users.usernames());
        model.addAttribute("errors", parsed.errors());
        if (!parsed.isValid()) {
            model.addAttribute("page", new AuditPage(List.of(), null, null));
            return "audit/log";
        }
        if (parsed.query().childId() != null) {
            audit.read(parsed.query().childId(), "audit_log", null, "Logning filtreret på barnet");
        }
        Optional<AuditPosition> olderThan = AuditPosition.parse(older);
        Optional<AuditPosition> newerThan = AuditPosition.parse(newer);
        AuditPage page = olderThan.map(p -> trail.olderThan(parsed.query(), p, PAGE_SIZE))
                .or(() -> newerThan.map(p -> trail.newerThan(parsed.query(), p, PAGE_SIZE)))
                .orElseGet(() -> trail.newest(parsed.query(), PAGE_SIZE));
        model.addAttribute("page", page);
        return "audit/log";
    }
}
