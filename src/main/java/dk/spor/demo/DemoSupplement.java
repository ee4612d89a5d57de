package dk.spor.demo;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A later part of the demo municipality, written after the families and their cases, in the same transaction:
 * plans, interventions, meetings, measurements. Each reads what the cases already hold and adds to it with
 * set-based SQL, so it scales with {@code spor.demo.children}; it derives its choices from the rows' ids and the
 * seed, so the same seed gives the same data. Supplements run in their {@code @Order}.
 */
interface DemoSupplement {

    /** Writes this part and returns a short log line of what it wrote, e.g. "1 234 plans, 3 456 goals". */
    String write(JdbcClient jdbc, long seed, Instant now);
}
