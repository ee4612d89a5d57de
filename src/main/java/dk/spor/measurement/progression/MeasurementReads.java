package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads measurements for the progression view and the alert rules, each query on an index of the measurement table
 * (the child's course per instrument, the case's latest). Narrower than {@code Measurements}' audited reads: only
 * the columns a chart point or an alert rule needs, over years of measurements.
 */
@Component
class MeasurementReads {

    private static final String COLUMNS = """
            select id, case_id, instrument_code, goal_id, perspective, respondent_name, measured_at, total, reason,
                   step_up, step_down from measurement""";

    private final JdbcClient jdbc;

    MeasurementReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The instruments the child has been measured with. */
    List<String> instrumentsOfChild(long childId) {
        return jdbc.sql("select distinct instrument_code from measurement where child_id = ?").param(childId)
                .query(String.class).list();
    }

    /** The child's course on one instrument, oldest first: what the chart draws. */
    List<MeasuredScore> course(long childId, Collection<String> instrumentCodes) {
        return jdbc.sql(COLUMNS + " where child_id = :childId and instrument_code in (:codes) order by measured_at, id")
                .param("childId", childId).param("codes", instrumentCodes).query(MeasuredScore.class).list();
    }

    /** Every measurement on the case, oldest first: what the alert rules read. */
    List<MeasuredScore> ofCase(long caseId) {
        return jdbc.sql(COLUMNS + " where case_id = ? order by measured_at, id").param(caseId)
                .query(MeasuredScore.class).list();
    }

    /** The item scores of these measurements: measurement id to item position to score. */
    Map<Long, Map<Integer, BigDecimal>> itemScores(Collection<Long> measurementIds) {
        Map<Long, Map<Integer, BigDecimal>> scores = new HashMap<>();
        if (measurementIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("select measurement_id, position, score from measurement_score where measurement_id = any(?)")
                .param(measurementIds.toArray(Long[]::new))
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        return scores;
    }
}
