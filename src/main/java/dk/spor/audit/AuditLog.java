package dk.spor.audit;

import java.sql.Timestamp;
import java.time.Clock;

import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to which child's data. Called by the module that reads or writes, in the same thread,
 * so a request that cannot be audited fails rather than goes unlogged.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public void read(Long childId, String entityType, Object entityId, String purpose) {
        record(AuditAction.READ, childId, entityType, entityId, purpose);
    }

    public void write(AuditAction action, Long childId, String entityType, Object entityId, String purpose) {
        record(action, childId, entityType, entityId, purpose);
    }

    /**
     * Records an attempt outside the user's access in a transaction of its own: the attempt ends in an exception,
     * which rolls back the caller's transaction, and the record of it must survive that.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(Long childId, String entityType, Object entityId) {
        record(AuditAction.DENIED, childId, entityType, entityId, "Forsøg på adgang uden for brugerens adgang");
    }

    private void record(AuditAction action, Long childId, String entityType, Object entityId, String purpose) {
        var user = currentUsers.find();
        HttpServletRequest request = currentRequest();
        jdbc.sql("""
                insert into audit_event (occurred_at, user_id, username, action, entity_type, entity_id, child_id,
                                         purpose, request, remote)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(Timestamp.from(clock.instant()))
                .param(user.map(CurrentUser::id).orElse(null))
                .param(user.map(CurrentUser::username).orElse("system"))
                .param(action.name())
                .param(entityType)
                .param(entityId == null ? null : entityId.toString())
                .param(childId)
                .param(purpose)
                .param(request == null ? null : request.getMethod() + " " + request.getRequestURI())
                .param(request == null ? null : request.getRemoteAddr())
                .update();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
