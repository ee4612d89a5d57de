package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

import dk.spor.platform.ClockConfiguration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineDurationPropertyTests {

    private static final DanishHolidayCalendar CALENDAR = new DanishHolidayCalendar(Set.of());

    @Property
    void monthsClampToTheMonthEndAndNeverOverflowIntoTheNextMonth(@ForAll("triggers") ZonedDateTime trigger,
            @ForAll @IntRange(min = 1, max = 48) int months) {
        LocalDate due = new DeadlineDuration(months, DurationUnit.MONTHS).dueFrom(trigger, CALENDAR).toLocalDate();

        YearMonth target = YearMonth.from(trigger).plusMonths(months);
        assertThat(YearMonth.from(due)).isEqualTo(target);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(trigger.getDayOfMonth(), target.lengthOfMonth()));
    }

    @Property
    void hoursAreExactlyThatManyElapsedHoursAcrossDstChanges(@ForAll("triggers") ZonedDateTime trigger,
            @ForAll @IntRange(min = 1, max = 999) int hours) {
        ZonedDateTime due = new DeadlineDuration(hours, DurationUnit.HOURS).dueFrom(trigger, CALENDAR);

        assertThat(Duration.between(trigger.toInstant(), due.toInstant()).getSeconds()).isEqualTo(hours * 3600L);
    }

    @Property
    void calendarUnitsEndAtTheEndOfTheDueDateInDanishTime(@ForAll("triggers") ZonedDateTime trigger,
            @ForAll @IntRange(min = 1, max = 100) int amount, @ForAll("calendarUnits") DurationUnit unit) {
        ZonedDateTime due = new DeadlineDuration(amount, unit).dueFrom(trigger, CALENDAR);

        assertThat(due.getZone()).isEqualTo(ClockConfiguration.DANISH_TIME);
        assertThat(due.toLocalTime()).isEqualTo(DeadlineDuration.END_OF_DAY);
        assertThat(due.toLocalDate()).isAfter(trigger.toLocalDate());
        assertThat(due.plusNanos(1000).toLocalDate()).isEqualTo(due.toLocalDate().plusDays(1));
    }

    @Provide
    Arbitrary<ZonedDateTime> triggers() {
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2035-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to)
                .map(second -> Instant.ofEpochSecond(second).atZone(ClockConfiguration.DANISH_TIME));
    }

    @Provide
    Arbitrary<DurationUnit> calendarUnits() {
        return Arbitraries.of(DurationUnit.WORKING_DAYS, DurationUnit.DAYS, DurationUnit.WEEKS, DurationUnit.MONTHS);
    }
}
