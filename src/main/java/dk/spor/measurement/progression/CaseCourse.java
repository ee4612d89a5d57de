package dk.spor.measurement.progression;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.spor.intervention.InterventionPeriod;
import dk.spor.intervention.InterventionStatus;
import dk.spor.plan.Goal;
import dk.spor.plan.GoalStatus;

/**
 * Everything the alert rules look at for one case: its measurements, goals and interventions, whether follow-up
 * applies (a running intervention or support phase), the child's birth date for the age cut-offs, and the cadence.
 * {@link #findings} applies every rule.
 */
record CaseCourse(boolean followedUp, LocalDate birthDate, List<MeasuredScore> measurements,
        List<Goal> goals, List<InterventionPeriod> interventions, Map<String, ProgressionInstrument> instruments,
        Period cadence, LocalDate today) {

    List<AlertFinding> findings() {
        List<AlertFinding> findings = new ArrayList<>();
        Map<String, Map<Respondent, List<MeasuredScore>>> byInstrument = seriesByInstrument();
        byInstrument.forEach((code, series) -> {
            ProgressionInstrument instrument = instruments.get(code);
            if (instrument == null) {
                return;
            }
            series.forEach((respondent, scores) -> {
                if (instrument.alliance()) {
                    MeasuredScore newest = scores.get(scores.size() - 1);
                    AlertRules.alliance(instrument, respondent, scores, instrument.cutoffAt(ageOn(newest)))
                            .ifPresent(findings::add);
                } else {
                    AlertRules.drop(instrument, respondent, scores).ifPresent(findings::add);
                }
            });
            if (instrument.perGoal()) {
                goals.stream().filter(goal -> goal.status() == GoalStatus.ACTIVE).forEach(goal ->
                        AlertRules.goalStagnation(instrument, goal, series.entrySet().stream()
                                        .filter(e -> Long.valueOf(goal.id()).equals(e.getKey().goalId()))
                                        .map(Map.Entry::getValue).toList(), today)
                                .ifPresent(findings::add));
            } else if (instrument.measuresOutcome()) {
                running().forEach(intervention -> AlertRules.interventionStagnation(instrument, intervention,
                        series.values(), today).ifPresent(findings::add));
            }
        });
        if (followedUp || !running().isEmpty()) {
            LocalDate lastMeasured = measurements.stream().map(MeasuredScore::measuredOn).max(Comparator.naturalOrder())
                    .orElse(null);
            LocalDate started = running().stream().map(InterventionPeriod::startedOn)
                    .min(Comparator.naturalOrder()).orElse(null);
            AlertRules.silence(lastMeasured, started, cadence, today).ifPresent(findings::add);
        }
        return findings;
    }

    private List<InterventionPeriod> running() {
        return interventions.stream()
                .filter(i -> i.status() == InterventionStatus.RUNNING && i.startedOn() != null).toList();
    }

    /** Each instrument's measurements split into one series per respondent, oldest first. */
    private Map<String, Map<Respondent, List<MeasuredScore>>> seriesByInstrument() {
        Map<String, Map<Respondent, List<MeasuredScore>>> result = new LinkedHashMap<>();
        measurements.stream().sorted(Comparator.comparing(MeasuredScore::measuredAt).thenComparing(MeasuredScore::id))
                .forEach(m -> result.computeIfAbsent(m.instrumentCode(), code -> new LinkedHashMap<>())
                        .computeIfAbsent(m.respondent(), r -> new ArrayList<>()).add(m));
        return result;
    }

    private int ageOn(MeasuredScore measurement) {
        return Optional.ofNullable(birthDate)
                .map(born -> Period.between(born, measurement.measuredOn()).getYears()).orElse(0);
    }
}
