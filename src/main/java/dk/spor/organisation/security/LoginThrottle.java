package dk.spor.organisation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a login name for a while after repeated failed logins. Failures are kept in the database so the
 * rule holds across several application nodes.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${spor.login.max-failures:5}") int maxFailures,
            @Value("${spor.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        Instant since = clock.instant().minus(window);
        Integer failures = jdbc.sql("select count(*) from login_failure where lower(username) = lower(?) and failed_at > ?")
                .param(username).param(java.sql.Timestamp.from(since)).query(Integer.class).single();
        return failures >= maxFailures;
    }

    void recordFailure(String username, String remote) {
        jdbc.sql("insert into login_failure (username, failed_at, remote) values (?, ?, ?)")
                .param(username).param(java.sql.Timestamp.from(clock.instant())).param(remote).update();
    }

    void clear(String username) {
        jdbc.sql("delete from login_failure where lower(username) = lower(?)").param(username).update();
    }
}
