package dk.spor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Places a case's events in time: one after the other, in working hours when days pass between them, and always
 * before the limit (now, or when the case was closed). Gaps are scaled by {@code pace} so that a course which in
 * reality took longer still fits between the awareness date and the limit.
 */
final class Timeline {

    private final Dice dice;
    private final ZoneId zone;
    private final Instant limit;
    private final double pace;
    private Instant last;

    Timeline(Dice dice, ZoneId zone, Instant start, Instant limit, double pace) {
        this.dice = dice;
        this.zone = zone;
        this.last = start;
        this.limit = limit;
        this.pace = pace;
    }

    Instant last() {
        return last;
    }

    Instant limit() {
        return limit;
    }

    /** Like {@link #next}, but null (and nothing placed) when the event would not come before the limit. */
    Instant nextIfBeforeLimit(Duration min, Duration max) {
        Duration gap = scaled(dice.between(min, max));
        Instant at = officeTime(last.plus(gap), gap).truncatedTo(ChronoUnit.MINUTES);
        return at.isBefore(limit) ? place(at) : null;
    }

    /**
     * The next event, between {@code min} and {@code max} after the last one, in office hours: on a later day at
     * some time of that working day, on the same day moved to the next working morning if it falls outside them.
     */
    Instant next(Duration min, Duration max) {
        Duration gap = scaled(dice.between(min, max));
        return place(officeTime(last.plus(gap), gap));
    }

    private Instant officeTime(Instant at, Duration gap) {
        return gap.toHours() >= 12 ? inWorkingHours(at) : duringOfficeHours(at);
    }

    /** The next event done by the system, which keeps no office hours. */
    Instant nextAnyTime(Duration min, Duration max) {
        return place(last.plus(scaled(dice.between(min, max))));
    }

    /** The next event on about this date (a meeting planned for then), in working hours. */
    Instant around(Instant planned) {
        return place(inWorkingHours(planned));
    }

    private Instant place(Instant wanted) {
        Instant at = wanted.truncatedTo(ChronoUnit.MINUTES);
        if (!at.isAfter(last)) {
            at = last.plus(Duration.ofMinutes(dice.between(5, 40)));
        }
        if (!at.isBefore(limit)) {
            at = last.plus(Duration.between(last, limit).dividedBy(2)).truncatedTo(ChronoUnit.SECONDS);
        }
        last = at;
        return at;
    }

    private Duration scaled(Duration gap) {
        return Duration.ofSeconds((long) (gap.toSeconds() * pace));
    }

    private Instant duringOfficeHours(Instant at) {
        var local = at.atZone(zone);
        boolean open = DanishWorkingDays.isWorkingDay(local.toLocalDate()) && local.getHour() >= 8 && local.getHour() < 16;
        if (open) {
            return at;
        }
        LocalDate date = local.getHour() < 8 ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        while (!DanishWorkingDays.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date.atTime(8, 0).plusMinutes(dice.between(0, 90)).atZone(zone).toInstant();
    }

    private Instant inWorkingHours(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        while (!DanishWorkingDays.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date.atTime(8, 0).plusMinutes(dice.between(0, 450)).atZone(zone).toInstant();
    }
}
