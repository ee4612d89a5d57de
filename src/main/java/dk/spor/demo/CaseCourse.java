package dk.spor.demo;

import static dk.spor.casefile.CasePhase.CHILD_INVESTIGATION;
import static dk.spor.casefile.CasePhase.CLOSED;
import static dk.spor.casefile.CasePhase.DECISION;
import static dk.spor.casefile.CasePhase.EARLY_SUPPORT;
import static dk.spor.casefile.CasePhase.FOCUSED_ASSESSMENT;
import static dk.spor.casefile.CasePhase.INTERVENTION;
import static dk.spor.casefile.CasePhase.INITIAL_CONVERSATIONS;
import static dk.spor.casefile.CasePhase.NOTIFICATION_RECEIVED;
import static dk.spor.casefile.CasePhase.SCREENING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.spor.casefile.CasePhase;

/**
 * The course a case has taken so far: the phases it went through in order, ending in the phase it is in now
 * (or CLOSED), and when the report came in. Its events stay before {@code limit} (now, or for an earlier case the
 * next case's report); a closed case aims to close around {@code target}.
 */
record CaseCourse(List<CasePhase> route, Concern concern, Intervention intervention, Instant received,
        Instant target, Instant limit) {

    /** How long each phase takes when nothing hurries it: the sum of its steps' typical gaps. */
    private static final Map<CasePhase, Double> NOMINAL_DAYS = Map.of(NOTIFICATION_RECEIVED, 0.5, INITIAL_CONVERSATIONS, 12.0, SCREENING, 19.0,
            FOCUSED_ASSESSMENT, 25.0, CHILD_INVESTIGATION, 85.0, DECISION, 15.0, EARLY_SUPPORT, 12.0,
            INTERVENTION, 20.0);
    /** Share of current cases per phase, in the order of {@link CasePhase#values()}. */
    private static final int[] PHASE_WEIGHTS = {5, 4, 6, 7, 14, 5, 13, 30, 18};
    private static final Duration DAY = Duration.ofDays(1);
    private static final int MAX_AGE_DAYS = 728;

    CasePhase phase() {
        return route.get(route.size() - 1);
    }

    boolean isClosed() {
        return phase() == CLOSED;
    }

    boolean includes(CasePhase phase) {
        return route.contains(phase);
    }

    /**
     * The factor (at most 1) that shrinks the typical durations of the completed phases so that they fit between
     * the report and the target, leaving room for the phase the case is in now (or its follow-ups before closing).
     */
    double pace() {
        List<CasePhase> completed = route.subList(0, route.size() - 1);
        double nominal = completed.stream().mapToDouble(NOMINAL_DAYS::get).sum();
        CasePhase lastWorked = isClosed() ? route.get(route.size() - 2) : phase();
        double reserve = !isClosed() ? 0.25 : lastWorked == INTERVENTION || lastWorked == EARLY_SUPPORT ? 0.4 : 0.1;
        double available = Duration.between(received, target).toMinutes() / 1440.0 * (1 - reserve);
        return nominal == 0 ? 1 : Math.min(1, available / nominal);
    }

    static CasePhase randomPhase(Dice dice) {
        return CasePhase.values()[dice.weighted(PHASE_WEIGHTS)];
    }

    /** The child's current (latest) case, in the given phase. */
    static CaseCourse current(Dice dice, CasePhase phase, Concern concern, Instant now, ZoneId zone) {
        List<CasePhase> route = route(dice, phase);
        Intervention intervention = intervention(dice, concern, phase == CLOSED);
        if (phase == CLOSED) {
            Duration length = closedLength(dice, route);
            Instant closedBy = now.minus(days(dice, 1, 420));
            Instant earliest = now.minus(Duration.ofDays(MAX_AGE_DAYS)).plus(length);
            closedBy = closedBy.isBefore(earliest) ? earliest : closedBy;
            return new CaseCourse(route, concern, intervention, received(dice, concern, closedBy.minus(length), zone),
                    closedBy, now);
        }
        Instant received = phase == NOTIFICATION_RECEIVED
                ? now.minus(dice.chance(0.7) ? dice.between(Duration.ofMinutes(30), Duration.ofHours(20))
                        : dice.between(Duration.ofHours(26), Duration.ofDays(6)))
                : received(dice, concern, now.minus(openFor(dice, phase)), zone);
        return new CaseCourse(route, concern, intervention, received, now, now);
    }

    /** An earlier, closed case on the child, closed before {@code before}; empty if it would be over 2 years old. */
    static Optional<CaseCourse> earlier(Dice dice, Concern concern, Instant before, Instant now,
            ZoneId zone) {
        List<CasePhase> route = switch (dice.weighted(5, 2, 3)) {
            case 0 -> List.of(NOTIFICATION_RECEIVED, SCREENING, CLOSED);
            case 1 -> List.of(NOTIFICATION_RECEIVED, SCREENING, FOCUSED_ASSESSMENT, CLOSED);
            default -> List.of(NOTIFICATION_RECEIVED, SCREENING, EARLY_SUPPORT, CLOSED);
        };
        Instant closedBy = before.minus(days(dice, 20, 150));
        Instant received = closedBy.minus(closedLength(dice, route));
        if (received.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))) {
            return Optional.empty();
        }
        return Optional.of(new CaseCourse(route, concern, intervention(dice, concern, true),
                received(dice, concern, received, zone), closedBy, before.minus(Duration.ofDays(1))));
    }

    private static List<CasePhase> route(Dice dice, CasePhase phase) {
        List<CasePhase> route = new ArrayList<>(List.of(NOTIFICATION_RECEIVED));
        switch (phase) {
            case NOTIFICATION_RECEIVED -> { }
            case INITIAL_CONVERSATIONS -> route.add(INITIAL_CONVERSATIONS);
            case SCREENING -> route.add(SCREENING);
            case FOCUSED_ASSESSMENT -> route.addAll(List.of(SCREENING, FOCUSED_ASSESSMENT));
            case CHILD_INVESTIGATION, DECISION, INTERVENTION -> {
                route.add(SCREENING);
                if (dice.chance(0.2)) {
                    route.add(FOCUSED_ASSESSMENT);
                }
                route.add(CHILD_INVESTIGATION);
                if (phase != CHILD_INVESTIGATION) {
                    route.add(DECISION);
                }
                if (phase == INTERVENTION) {
                    route.add(INTERVENTION);
                }
            }
            case EARLY_SUPPORT -> {
                route.add(SCREENING);
                if (dice.chance(0.4)) {
                    route.add(FOCUSED_ASSESSMENT);
                }
                route.add(EARLY_SUPPORT);
            }
            case CLOSED -> {
                int ending = dice.weighted(35, 20, 25, 20);
                route.addAll(switch (ending) {
                    case 0 -> List.of(SCREENING);
                    case 1 -> List.of(SCREENING, FOCUSED_ASSESSMENT);
                    case 2 -> List.of(SCREENING, EARLY_SUPPORT);
                    default -> List.of(SCREENING, CHILD_INVESTIGATION, DECISION, INTERVENTION);
                });
            }
        }
        if (phase == CLOSED) {
            route.add(CLOSED);
        }
        return List.copyOf(route);
    }

    /** How long an open case has been known when it is in this phase now. */
    private static Duration openFor(Dice dice, CasePhase phase) {
        return switch (phase) {
            case INITIAL_CONVERSATIONS -> days(dice, 1, 10);
            case SCREENING -> days(dice, 1, 21);
            case FOCUSED_ASSESSMENT -> days(dice, 22, 60);
            case CHILD_INVESTIGATION -> days(dice, 28, 140);
            case DECISION -> days(dice, 100, 170);
            case EARLY_SUPPORT -> days(dice, 30, 300);
            case INTERVENTION -> days(dice, 110, 700);
            default -> throw new IllegalArgumentException("No open duration for " + phase);
        };
    }

    /** From the report to closing, by where the course ended. */
    private static Duration closedLength(Dice dice, List<CasePhase> route) {
        CasePhase lastWorked = route.get(route.size() - 2);
        return switch (lastWorked) {
            case SCREENING -> days(dice, 10, 40);
            case FOCUSED_ASSESSMENT -> days(dice, 30, 90);
            case EARLY_SUPPORT -> days(dice, 90, 300);
            default -> days(dice, 200, 540);
        };
    }

    /** Closed cases never end in a placement: a placed child's case stays open. */
    private static Intervention intervention(Dice dice, Concern concern, boolean closed) {
        Intervention chosen = dice.pick(concern.interventions());
        return closed && chosen.isPlacement() ? concern.interventions().get(0) : chosen;
    }

    /** The moment the report came in on about this day: professionals write in office hours, the police any time. */
    private static Instant received(Dice dice, Concern concern, Instant around, ZoneId zone) {
        LocalDate date = around.atZone(zone).toLocalDate();
        return switch (concern.reporter()) {
            case POLICE -> date.atStartOfDay(zone).plusMinutes(dice.between(0, 1439)).toInstant();
            case MOTHER, PARENTS, ANONYMOUS -> date.atTime(7, 0).plusMinutes(dice.between(0, 900)).atZone(zone)
                    .toInstant();
            default -> {
                while (!DanishWorkingDays.isWorkingDay(date)) {
                    date = date.minusDays(1);
                }
                yield date.atTime(8, 0).plusMinutes(dice.between(0, 420)).atZone(zone).toInstant();
            }
        };
    }

    private static Duration days(Dice dice, int min, int max) {
        return DAY.multipliedBy(dice.between(min, max)).plusMinutes(dice.between(0, 1439));
    }
}
