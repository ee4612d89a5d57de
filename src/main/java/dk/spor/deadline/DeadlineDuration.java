package dk.spor.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * How long a rule gives, and the exact moment a deadline falls due after its trigger. Calendar units count in the
 * trigger's time zone (Spor always passes Europe/Copenhagen):
 * <ul>
 * <li>{@code HOURS}: exactly {@code amount} hours of elapsed time. 24 hours from Saturday 28 March 2026 12:00 is
 * Sunday 13:00 local time, because the clocks move forward that night.</li>
 * <li>{@code WORKING_DAYS}: the end of the {@code amount}th working day after the trigger's date; the trigger's own
 * date never counts. "Inden 6 hverdage" means by the end of the sixth working day.</li>
 * <li>{@code DAYS}, {@code WEEKS}, {@code MONTHS}: the end of the date that many days, weeks or months after the
 * trigger's date. Months end at the last day of a shorter month (31 January + 1 month = 28 or 29 February). A due
 * date on a weekend or holiday is not moved.</li>
 * </ul>
 * The end of a day is {@link #END_OF_DAY}, its last microsecond (PostgreSQL's resolution, so it is stored as is).
 */
public record DeadlineDuration(int amount, DurationUnit unit) {

    public static final int MAX_AMOUNT = 999;
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_999_000);

    public DeadlineDuration {
        if (unit == null) {
            throw new IllegalArgumentException("A duration needs a unit");
        }
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("A duration is 1 to " + MAX_AMOUNT + " units, not " + amount);
        }
    }

    public ZonedDateTime dueFrom(ZonedDateTime trigger, DanishHolidayCalendar calendar) {
        LocalDate date = trigger.toLocalDate();
        return switch (unit) {
            case HOURS -> trigger.toInstant().plus(Duration.ofHours(amount)).atZone(trigger.getZone());
            case WORKING_DAYS -> endOf(new WorkingDays(calendar).after(date, amount), trigger);
            case DAYS -> endOf(date.plusDays(amount), trigger);
            case WEEKS -> endOf(date.plusWeeks(amount), trigger);
            case MONTHS -> endOf(date.plusMonths(amount), trigger);
        };
    }

    /** "24 timer", "6 hverdage", "1 måned". */
    public String danish() {
        return unit.danish(amount);
    }

    private static ZonedDateTime endOf(LocalDate date, ZonedDateTime trigger) {
        return ZonedDateTime.of(date, END_OF_DAY, trigger.getZone());
    }
}
