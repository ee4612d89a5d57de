package dk.spor.measurement.progression;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes measurements with SQL, as the recording pages of the measurement module will. */
final class Measurements {

    private final JdbcClient jdbc;

    Measurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A single-item measurement (Trivselslinealen, goal attainment) {@code daysAgo} days ago. */
    long single(long caseId, long childId, String instrument, Long goalId, String perspective, String name,
            int daysAgo, double score, String reason) {
        long id = insert(caseId, childId, instrument, goalId, perspective, name, daysAgo, score, reason);
        jdbc.sql("insert into measurement_score (measurement_id, position, score) values (?, 1, ?)").param(id)
                .param(score).update();
        return id;
    }

    /** A four-item measurement (ORS, SRS) with equal item scores. */
    long fourItems(long caseId, long childId, String instrument, String perspective, String name, int daysAgo,
            double itemScore) {
        long id = insert(caseId, childId, instrument, null, perspective, name, daysAgo, 4 * itemScore, null);
        for (int position = 1; position <= 4; position++) {
            jdbc.sql("insert into measurement_score (measurement_id, position, score) values (?, ?, ?)").param(id)
                    .param(position).param(itemScore).update();
        }
        return id;
    }

    private long insert(long caseId, long childId, String instrument, Long goalId, String perspective, String name,
            int daysAgo, double total, String reason) {
        Instant at = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        return jdbc.sql("""
                insert into measurement (case_id, child_id, instrument_code, instrument_version, goal_id, perspective,
                                         respondent_name, measured_at, total, reason, channel, recorded_at)
                values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'SCREEN', ?) returning id""")
                .param(caseId).param(childId).param(instrument).param(goalId).param(perspective).param(name)
                .param(Timestamp.from(at)).param(total).param(reason).param(Timestamp.from(at))
                .query(Long.class).single();
    }
}
