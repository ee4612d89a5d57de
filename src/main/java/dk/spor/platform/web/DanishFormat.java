package dk.spor.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.spor.platform.ClockConfiguration;
import org.springframework.stereotype.Component;

/** Dates and times as Danish users read them, in Danish local time. Available in templates as {@code @fmt}. */
@Component("fmt")
public class DanishFormat {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMM yyyy 'kl.' HH:mm", DANISH);
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Clock clock;

    public DanishFormat(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO_LOCAL.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    /** "om 3 dage", "i dag", "2 dage over fristen": how far a due time is from now. */
    public String untilDue(Instant due) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), due);
        long hours = left.toHours();
        if (left.isNegative()) {
            long overdueDays = -left.toDays();
            return overdueDays == 0 ? (-hours) + " timer over fristen" : overdueDays + (overdueDays == 1 ? " dag" : " dage") + " over fristen";
        }
        if (hours < 24) {
            return "om " + hours + (hours == 1 ? " time" : " timer");
        }
        long days = left.toDays();
        return "om " + days + (days == 1 ? " dag" : " dage");
    }

    public boolean isOverdue(Instant due) {
        return due != null && clock.instant().isAfter(due);
    }

    /** Due within the next 7 days: highlighted on work lists. */
    public boolean isDueSoon(Instant due) {
        return due != null && !isOverdue(due) && Duration.between(clock.instant(), due).toDays() < 7;
    }

    public int ageOn(LocalDate birthDate) {
        return birthDate == null ? 0 : java.time.Period.between(birthDate, LocalDate.now(clock)).getYears();
    }
}
