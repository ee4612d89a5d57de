package dk.spor.intake;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;

import dk.spor.platform.ClockConfiguration;

/**
 * Repeated concern: two or more reports on the same child within six months are flagged to the caseworker and the
 * team leader, since together they may show a pattern no single report does.
 */
public final class RepeatConcern {

    public static final int MONTHS = 6;
    public static final int THRESHOLD = 2;

    private RepeatConcern() {
    }

    /** The start of the six-month window that ends at {@code at}. */
    public static Instant windowStart(Instant at) {
        return ZonedDateTime.ofInstant(at, ClockConfiguration.DANISH_TIME).minusMonths(MONTHS).toInstant();
    }

    /** True if at least two of the reports were received in the six months up to and including {@code at}. */
    public static boolean isRepeatedAt(Collection<Instant> receivedTimes, Instant at) {
        Instant start = windowStart(at);
        return receivedTimes.stream().filter(t -> t.isAfter(start) && !t.isAfter(at)).count() >= THRESHOLD;
    }
}
