package dk.spor.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.shared.Cpr;
import dk.spor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A citizen's right of access (databeskyttelsesforordningen art. 15): who has seen or changed the child's data,
 * when, and why. Producing the list is itself an access to the child's data and is logged as an export.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class InsightRequests {

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    InsightRequests(JdbcClient jdbc, People people, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Long> childIdFor(Cpr cpr) {
        return people.childByCpr(cpr).map(Child::id);
    }

    /** The report; {@code channel} says how it was handed out ("vist", "CSV", "API") and goes into the log. */
    public InsightReport report(long childId, String channel) {
        Child child = people.child(childId).orElseThrow(() -> new NotFound("No child " + childId));
        List<AuditEvent> accesses = jdbc.sql(AuditTrail.SELECT + " where e.child_id = ? order by e.occurred_at desc, e.id desc")
                .param(childId).query(AuditEvent.class).list();
        audit.write(AuditAction.EXPORT, childId, "audit_log", null, "Indsigtsanmodning (" + channel + ")");
        return new InsightReport(childId, child.fullName(), child.cpr().formatted(), clock.instant(), accesses);
    }
}
