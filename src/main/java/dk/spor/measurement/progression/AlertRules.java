package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.spor.intervention.InterventionPeriod;
import dk.spor.plan.Goal;

/**
 * The four alert rules of the progression view (instruments.md, "Alerts that are defensible"). Each takes one
 * respondent's series, oldest first, or a goal or intervention with the series that concern it, and says whether
 * an alert stands now. They keep no state: evaluating the same course twice gives the same findings, so an alert
 * resolves by itself once the course no longer shows it.
 */
final class AlertRules {

    private AlertRules() {
    }

    /**
     * A reliable drop: one measurement at least the instrument's reliable change below the one before it. The alert
     * stands until a later score is back within the reliable change of the score before the drop.
     */
    static Optional<AlertFinding> drop(ProgressionInstrument instrument, Respondent respondent, List<MeasuredScore> series) {
        BigDecimal threshold = instrument.reliableChange();
        MeasuredScore before = null;
        for (int i = 1; i < series.size(); i++) {
            BigDecimal current = series.get(i).total();
            if (before == null && series.get(i - 1).total().subtract(current).compareTo(threshold) >= 0) {
                before = series.get(i - 1);
            } else if (before != null && before.total().subtract(current).compareTo(threshold) < 0) {
                before = null;
            }
        }
        if (before == null) {
            return Optional.empty();
        }
        MeasuredScore newest = series.get(series.size() - 1);
        return Optional.of(new AlertFinding(AlertKind.DROP, instrument.code(), respondent.key(),
                "Fald i " + instrument.shortName() + ": " + respondent.label(),
                "Fra " + Scores.format(before.total()) + " (" + Scores.date(before.measuredAt()) + ") til "
                        + Scores.format(newest.total()) + " (" + Scores.date(newest.measuredAt()) + "). Et fald på "
                        + Scores.format(threshold) + " point eller mere er en pålidelig ændring."));
    }

    /**
     * The working alliance (SRS, CSRS): the newest score below the cut-off for the child's age, or any fall from the
     * score before it.
     */
    static Optional<AlertFinding> alliance(ProgressionInstrument instrument, Respondent respondent,
            List<MeasuredScore> series, Optional<BigDecimal> cutoff) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        MeasuredScore newest = series.get(series.size() - 1);
        if (cutoff.isPresent() && newest.total().compareTo(cutoff.get()) < 0) {
            return Optional.of(new AlertFinding(AlertKind.ALLIANCE, instrument.code(), respondent.key(),
                    "Svag alliance i " + instrument.shortName() + ": " + respondent.label(),
                    Scores.format(newest.total()) + " den " + Scores.date(newest.measuredAt()) + ", under grænsen på "
                            + Scores.format(cutoff.get()) + ". Tal om samarbejdet, før forløbet fortsætter."));
        }
        if (series.size() >= 2) {
            MeasuredScore previous = series.get(series.size() - 2);
            if (newest.total().compareTo(previous.total()) < 0) {
                return Optional.of(new AlertFinding(AlertKind.ALLIANCE, instrument.code(), respondent.key(),
                        "Fald i " + instrument.shortName() + ": " + respondent.label(),
                        "Fra " + Scores.format(previous.total()) + " til " + Scores.format(newest.total()) + " den "
                                + Scores.date(newest.measuredAt()) + ". Ethvert fald i alliancen er et varsel."));
            }
        }
        return Optional.empty();
    }

    /**
     * Stagnation on a goal: its review date has passed and no respondent with two or more scores on a per-goal
     * instrument has improved by the reliable change since their first score.
     */
    static Optional<AlertFinding> goalStagnation(ProgressionInstrument instrument, Goal goal,
            Collection<List<MeasuredScore>> seriesOfGoal, LocalDate today) {
        if (goal.reviewOn() == null || today.isBefore(goal.reviewOn())) {
            return Optional.empty();
        }
        if (!stagnant(instrument, seriesOfGoal, null)) {
            return Optional.empty();
        }
        return Optional.of(new AlertFinding(AlertKind.STAGNATION, instrument.code(), "goal:" + goal.id(),
                "Ingen fremgang på målet: " + goal.title(),
                "Revisionsdatoen " + Scores.date(goal.reviewOn()) + " er passeret uden en forbedring på mindst "
                        + Scores.format(instrument.reliableChange()) + " point i " + instrument.name() + "."));
    }

    /**
     * Stagnation in an intervention: its expected duration has passed and no respondent has improved by the reliable
     * change since the last score before the start (or the first after it).
     */
    static Optional<AlertFinding> interventionStagnation(ProgressionInstrument instrument, InterventionPeriod intervention,
            Collection<List<MeasuredScore>> series, LocalDate today) {
        if (intervention.startedOn() == null || intervention.expectedDurationMonths() == null
                || intervention.endedOn() != null) {
            return Optional.empty();
        }
        LocalDate expectedEnd = intervention.startedOn().plusMonths(intervention.expectedDurationMonths());
        if (today.isBefore(expectedEnd) || !stagnant(instrument, series, intervention.startedOn())) {
            return Optional.empty();
        }
        return Optional.of(new AlertFinding(AlertKind.STAGNATION, instrument.code(), "intervention:" + intervention.id(),
                "Ingen fremgang i indsatsen: " + intervention.typeName(),
                "Den forventede varighed (" + intervention.expectedDurationMonths() + " mdr. fra "
                        + Scores.date(intervention.startedOn()) + ") er gået uden en forbedring på mindst "
                        + Scores.format(instrument.reliableChange()) + " point i " + instrument.name() + "."));
    }

    /**
     * Silence: nothing measured for longer than the follow-up cadence, counted from the newest measurement, or from
     * the start of the intervention when nothing has been measured since.
     */
    static Optional<AlertFinding> silence(LocalDate lastMeasured, LocalDate interventionStarted, Period cadence,
            LocalDate today) {
        LocalDate since = lastMeasured != null ? lastMeasured : interventionStarted;
        if (since == null || !since.plus(cadence).isBefore(today)) {
            return Optional.empty();
        }
        String detail = lastMeasured != null
                ? "Seneste måling var " + Scores.date(lastMeasured) + "."
                : "Der er ikke målt, siden indsatsen startede " + Scores.date(interventionStarted) + ".";
        return Optional.of(new AlertFinding(AlertKind.SILENCE, "", "", "Ingen målinger i over " + months(cadence),
                detail + " Opfølgningen sker mindst hver " + months(cadence) + "."));
    }

    /**
     * True when some respondent has a baseline and a later score, and none improved by the reliable change. The
     * baseline is the last score on or before {@code start} or, without one (or without a start), the first score.
     */
    static boolean stagnant(ProgressionInstrument instrument, Collection<List<MeasuredScore>> series, LocalDate start) {
        boolean compared = false;
        for (List<MeasuredScore> one : series) {
            int baseline = baselineIndex(one, start);
            if (baseline < 0 || baseline == one.size() - 1) {
                continue;
            }
            compared = true;
            BigDecimal gain = one.get(one.size() - 1).total().subtract(one.get(baseline).total());
            if (gain.compareTo(instrument.reliableChange()) >= 0) {
                return false;
            }
        }
        return compared;
    }

    private static int baselineIndex(List<MeasuredScore> series, LocalDate start) {
        if (series.isEmpty()) {
            return -1;
        }
        int baseline = 0;
        if (start != null) {
            for (int i = 0; i < series.size(); i++) {
                if (!series.get(i).measuredOn().isAfter(start)) {
                    baseline = i;
                }
            }
        }
        return baseline;
    }

    private static String months(Period cadence) {
        int months = (int) cadence.toTotalMonths();
        return months == 1 ? "1 måned" : months + " måneder";
    }
}
