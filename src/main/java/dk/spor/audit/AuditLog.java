package dk.spor.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

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

    private static final String INSERT = """
            insert into audit_event (occurred_at, user_id, username, user_full_name, user_role, action, entity_type,
                                     entity_id, child_id, purpose, request, remote)
            """;

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

    /** One READ of each child's data, in one statement: for a list that shows several children. */
    public void readChildren(Collection<Long> childIds, String purpose) {
        if (childIds.isEmpty()) {
            return;
        }
        Actor actor = currentActor();
        jdbc.sql(INSERT + """
                select cast(:at as timestamptz), cast(:userId as bigint), cast(:username as text),
                       cast(:fullName as text), cast(:role as text), 'READ', 'child',
                       child_id::text, child_id, cast(:purpose as text), cast(:request as text), cast(:remote as text)
                  from unnest(:childIds) as child_id""")
                .param("at", Timestamp.from(clock.instant()))
                .param("userId", actor.userId()).param("username", actor.username())
                .param("fullName", actor.fullName()).param("role", actor.role())
                .param("purpose", purpose)
                .param("request", actor.request()).param("remote", actor.remote())
                .param("childIds", childIds.stream().distinct().toArray(Long[]::new))
                .update();
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
        Actor actor = currentActor();
        jdbc.sql(INSERT + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(Timestamp.from(clock.instant()))
                .param(actor.userId())
                .param(actor.username())
                .param(actor.fullName())
                .param(actor.role())
                .param(action.name())
                .param(entityType)
                .param(entityId == null ? null : entityId.toString())
                .param(childId)
                .param(purpose)
                .param(actor.request())
                .param(actor.remote())
                .update();
    }

    private Actor currentActor() {
        Optional<CurrentUser> user = currentUsers.find();
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        return new Actor(user.map(CurrentUser::id).orElse(null),
                user.map(CurrentUser::username).orElse("system"),
                user.map(CurrentUser::fullName).orElse(null),
                user.map(u -> u.role().name()).orElse(null),
                request == null ? null : request.getMethod() + " " + request.getRequestURI(),
                request == null ? null : request.getRemoteAddr());
    }

    /** Who acts, and through which request. */
    private record Actor(Long userId, String username, String fullName, String role, String request, String remote) {
    }
}
