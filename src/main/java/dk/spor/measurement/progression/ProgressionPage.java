package dk.spor.measurement.progression;

import java.time.Instant;
import java.util.List;

import dk.spor.people.Child;
import dk.spor.plan.Goal;

/**
 * The child's progression on one instrument: the chart, previous vs newest per participant, goal attainment per goal,
 * the alerts, and every point as a table for those who cannot see the chart.
 *
 * @param instrument null when the child has not been measured yet
 */
public record ProgressionPage(Child child, Long currentCaseId, List<ProgressionInstrument> instruments,
        ProgressionInstrument instrument, ChartData chart, List<PreviousNewest> previousNewest,
        List<GoalAttainment> goalAttainment, List<AlertRow> alerts, List<DataRow> dataRows) {

    /** Every measurement of the chart's instrument, newest first: the chart as a table. */
    public record DataRow(Instant measuredAt, String respondent, String total, String reason) {
    }

    /** A goal with each participant's newest score on the per-goal instruments and the change since the one before. */
    public record GoalAttainment(Goal goal, List<GoalScore> scores) {
    }

    public record GoalScore(String instrument, String respondent, String newest, String change, Instant measuredAt) {
    }

    public long openAlerts() {
        return alerts.stream().filter(AlertRow::open).count();
    }
}
