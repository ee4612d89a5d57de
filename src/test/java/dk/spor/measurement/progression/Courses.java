package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dk.spor.shared.Perspective;

/** Test data for the alert rules: instruments as shipped and series of scores a month apart. */
final class Courses {

    static final LocalDate START = LocalDate.of(2025, 1, 10);
    private static final AtomicLong IDS = new AtomicLong();

    static final ProgressionInstrument TRIVSEL = instrument("TRIVSELSLINEAL", false, false, "2", "0", "10");
    static final ProgressionInstrument ORS = instrument("ORS", false, false, "5", "0", "40");
    static final ProgressionInstrument SRS = new ProgressionInstrument("SRS", 1, "Session Rating Scale (FIT)", "SRS",
            false, true, new BigDecimal("1"), BigDecimal.ZERO, new BigDecimal("40"), List.of(), List.of(),
            List.of(new ProgressionInstrument.Cutoff(0, 200, new BigDecimal("36"))));
    static final ProgressionInstrument GOAL = instrument("GOAL_ATTAINMENT", true, false, "2", "0", "10");

    private Courses() {
    }

    static ProgressionInstrument instrument(String code, boolean perGoal, boolean alliance, String reliableChange,
            String min, String max) {
        return new ProgressionInstrument(code, 1, code, code, perGoal, alliance, new BigDecimal(reliableChange),
                new BigDecimal(min), new BigDecimal(max), List.of(), List.of(), List.of());
    }

    /** One respondent's scores a month apart from {@link #START}, oldest first. */
    static List<MeasuredScore> series(String code, Perspective perspective, Long goalId, double... totals) {
        List<MeasuredScore> series = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            series.add(new MeasuredScore(IDS.incrementAndGet(), 1, code, goalId, perspective, "Emma", START.plusMonths(i)
                    .atStartOfDay().toInstant(ZoneOffset.ofHours(1)), BigDecimal.valueOf(totals[i]), null, null, null));
        }
        return series;
    }

    static List<MeasuredScore> series(double... totals) {
        return series("TRIVSELSLINEAL", Perspective.CHILD, null, totals);
    }

    static Respondent child() {
        return new Respondent(Perspective.CHILD, "Emma", null);
    }
}
