package dk.spor.audit;

import java.util.Locale;

import dk.spor.organisation.UserCreated;
import dk.spor.organisation.UserEnabledChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs the administrator's changes to users. Listens synchronously, inside the change's transaction and request, so
 * the log knows who did it and a change that cannot be logged is rolled back.
 */
@Component
class UserAdministrationAuditing {

    private final AuditLog audit;

    UserAdministrationAuditing(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UserCreated event) {
        audit.write(AuditAction.CREATE, null, "user", event.userId(),
                "Bruger " + event.username() + " oprettet som " + event.role().danishLabel().toLowerCase(Locale.ROOT));
    }

    @EventListener
    void on(UserEnabledChanged event) {
        audit.write(AuditAction.UPDATE, null, "user", event.userId(),
                "Bruger " + event.username() + (event.enabled() ? " genåbnet" : " spærret"));
    }
}
