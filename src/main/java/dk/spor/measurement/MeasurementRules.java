package dk.spor.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.shared.FieldErrors;
import dk.spor.shared.Perspective;

/**
 * The rules a measurement must meet before it is recorded: the respondent may answer the instrument at the child's
 * age, a per-goal instrument scores an active goal, FIT is not exempted on the case, every score lies on its item's
 * scale, and instruments that ask for reasons get them. Pure, so every rule is tested without a database.
 */
public final class MeasurementRules {

    /** What the rules need to know about the case and child. */
    public record Context(List<Instrument> family, int childAge, Set<Long> activeGoalIds, boolean fitExempt,
            LocalDate today) {

        public Context {
            family = List.copyOf(family);
            activeGoalIds = Set.copyOf(activeGoalIds);
        }
    }

    /** The outcome: the version to record, the scores and total when valid, and every message otherwise. */
    public record Checked(Instrument instrument, List<BigDecimal> scores, BigDecimal total, FieldErrors errors) {
    }

    private MeasurementRules() {
    }

    public static Checked check(NewMeasurement m, Context context) {
        FieldErrors errors = new FieldErrors()
                .requiredLine("respondentName", m.respondentName(), "Skriv navnet på den, der svarer.")
                .text("reason", m.reason()).text("stepUp", m.stepUp()).text("stepDown", m.stepDown())
                .notInFuture("measuredOn", m.measuredOn(), context.today(), "Datoen for målingen kan ikke ligge i fremtiden.");
        Instrument instrument = respondentVersion(m.perspective(), m.goalId(), context, errors);
        if (instrument == null) {
            return new Checked(null, List.of(), null, errors);
        }
        if (instrument.asksReasons() && m.perspective() != Perspective.CHILD) {
            errors.required("reason", m.reason(), "Skriv hvorfor netop dette tal: hvad ligger bag scoren?");
        }
        List<BigDecimal> scores = checkScores(instrument, m.scores(), errors);
        BigDecimal total = errors.isEmpty() ? instrument.total(scores) : null;
        return new Checked(instrument, scores, total, errors);
    }

    /**
     * The version this respondent answers, after checking that they may answer it at the child's age, that FIT is not
     * exempted and that a per-goal instrument names an active goal; null when no version may be answered.
     */
    public static Instrument respondentVersion(Perspective perspective, Long goalId, Context context,
            FieldErrors errors) {
        if (context.family().isEmpty()) {
            errors.reject("instrumentCode", "Vælg et måleredskab.");
            return null;
        }
        if (perspective == null) {
            errors.reject("perspective", "Vælg hvem der svarer.");
            return null;
        }
        Instrument instrument = Instrument.chooseFor(context.family(), perspective, context.childAge()).orElse(null);
        if (instrument == null) {
            errors.reject("perspective", notAllowed(context, perspective));
            return null;
        }
        if (instrument.fit() && context.fitExempt()) {
            errors.reject("instrumentCode", "FIT er fravalgt på sagen med en faglig begrundelse. "
                    + "Ophæv fritagelsen, hvis der skal måles med FIT igen.");
        }
        checkGoal(instrument, goalId, context.activeGoalIds(), errors);
        return instrument;
    }

    private static List<BigDecimal> checkScores(Instrument instrument, List<String> typed, FieldErrors errors) {
        List<BigDecimal> scores = new ArrayList<>();
        for (int i = 0; i < instrument.items().size(); i++) {
            InstrumentItem item = instrument.items().get(i);
            InstrumentItem.Check check = item.check(i < typed.size() ? typed.get(i) : null);
            if (check instanceof InstrumentItem.Valid valid) {
                scores.add(valid.score());
            } else if (check instanceof InstrumentItem.Invalid invalid) {
                errors.reject("scores[" + i + "]", invalid.danishMessage());
            }
        }
        return scores;
    }

    private static void checkGoal(Instrument instrument, Long goalId, Set<Long> activeGoalIds, FieldErrors errors) {
        if (!instrument.perGoal()) {
            return;
        }
        if (activeGoalIds.isEmpty()) {
            errors.reject("goalId", instrument.name() + " scores et mål, og sagen har ingen aktive mål. "
                    + "Opret målet i barnets plan først.");
        } else if (goalId == null) {
            errors.reject("goalId", "Vælg hvilket mål scoren gælder.");
        } else if (!activeGoalIds.contains(goalId)) {
            errors.reject("goalId", "Målet er ikke aktivt længere. Vælg et aktivt mål.");
        }
    }

    private static String notAllowed(Context context, Perspective perspective) {
        Instrument main = context.family().stream().filter(i -> i.childVersionOf() == null).findFirst()
                .orElse(context.family().get(0));
        if (perspective == Perspective.CHILD && context.family().stream().anyMatch(i -> i.allows(Perspective.CHILD))) {
            String ages = context.family().stream().filter(i -> i.allows(Perspective.CHILD))
                    .map(i -> i.shortName() + " (" + i.ageLabel().toLowerCase(Locale.ROOT) + ")")
                    .collect(Collectors.joining(" og "));
            return "Barnet er " + context.childAge() + " år. Barnet kan selv svare på " + ages + ".";
        }
        return main.name() + " kan ikke besvares af " + perspective.label().toLowerCase(Locale.ROOT) + ". Det kan "
                + main.respondentsInOrder().stream().map(p -> p.label().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ".";
    }
}
