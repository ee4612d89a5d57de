package dk.spor.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.spor.platform.ClockConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log for the administrator. Each filter is added to the SQL only when set, so PostgreSQL picks the
 * matching index (time, user + time, child + time, action + time) and reads a page without scanning the log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditTrail {

    static final String SELECT = """
            select id, occurred_at, user_id, username, user_full_name, user_role, action, entity_type, entity_id,
                   child_id, purpose, request, remote
              from audit_event e""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage newest(AuditQuery query, int size) {
        List<AuditEvent> events = fetch(query, "", Map.of(), false, size + 1);
        return page(events, size, false, events.size() > size);
    }

    public AuditPage olderThan(AuditQuery query, AuditPosition position, int size) {
        List<AuditEvent> events = fetch(query, " and e.occurred_at <= :at and (e.occurred_at < :at or e.id < :id)",
                positionParams(position), false, size + 1);
        return page(events, size, true, events.size() > size);
    }

    /** The page just above a position; near the top this is simply the newest page, so it is always full. */
    public AuditPage newerThan(AuditQuery query, AuditPosition position, int size) {
        List<AuditEvent> events = new ArrayList<>(fetch(query,
                " and e.occurred_at >= :at and (e.occurred_at > :at or e.id > :id)",
                positionParams(position), true, size + 1));
        if (events.size() <= size) {
            return newest(query, size);
        }
        events.remove(events.size() - 1);
        Collections.reverse(events);
        return page(events, size, true, true);
    }

    private AuditPage page(List<AuditEvent> events, int size, boolean hasNewer, boolean hasOlder) {
        List<AuditEvent> shown = events.subList(0, Math.min(size, events.size()));
        return new AuditPage(List.copyOf(shown),
                hasNewer && !shown.isEmpty() ? AuditPosition.of(shown.get(0)) : null,
                hasOlder ? AuditPosition.of(shown.get(shown.size() - 1)) : null);
    }

    private List<AuditEvent> fetch(AuditQuery query, String keyset, Map<String, Object> keysetParams,
            boolean ascending, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>(keysetParams);
        if (query.username() != null) {
            where.append(" and lower(e.username) = lower(:username)");
            params.put("username", query.username());
        }
        if (query.action() != null) {
            where.append(" and e.action = :action");
            params.put("action", query.action().name());
        }
        if (query.childId() != null) {
            where.append(" and e.child_id = :childId");
            params.put("childId", query.childId());
        }
        if (query.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ClockConfiguration.DANISH_TIME)
                    .toInstant()));
        }
        String direction = ascending ? "asc" : "desc";
        params.put("limit", limit);
        return jdbc.sql(SELECT + where + keyset + " order by e.occurred_at " + direction + ", e.id " + direction
                        + " limit :limit")
                .params(params).query(AuditEvent.class).list();
    }

    private static Map<String, Object> positionParams(AuditPosition position) {
        return Map.of("at", Timestamp.from(position.occurredAt()), "id", position.id());
    }
}
