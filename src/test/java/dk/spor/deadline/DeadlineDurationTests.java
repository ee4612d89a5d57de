package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import dk.spor.platform.ClockConfiguration;
import org.junit.jupiter.api.Test;

/** Due times computed by hand, around Easter, Christmas and New Year, month ends, leap years and DST. */
class DeadlineDurationTests {

    private static final DanishHolidayCalendar HOLIDAYS_ONLY = new DanishHolidayCalendar(Set.of());
    private static final DanishHolidayCalendar WITH_CLOSING_DAYS =
            new DanishHolidayCalendar(Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31)));

    @Test
    void sixWorkingDaysFromWednesdayBeforeEaster2026EndOnTuesday14April() {
        // Skærtorsdag 2 Apr, Langfredag 3 Apr, weekend, 2. påskedag 6 Apr; then 7, 8, 9, 10, 13, 14 April.
        assertThat(due(6, DurationUnit.WORKING_DAYS, "2026-04-01T09:00+02:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-04-14T23:59:59.999999+02:00");
    }

    @Test
    void sixWorkingDaysFrom22December2026EndOnNewYearsEveOrLaterWithClosingDays() {
        // 23, 24, 28, 29, 30, 31 December; juledag and 2. juledag are holidays.
        assertThat(due(6, DurationUnit.WORKING_DAYS, "2026-12-22T14:00+01:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-12-31T23:59:59.999999+01:00");
        // Closed 24 and 31 December and nytårsdag: 23, 28, 29, 30 December, 4 and 5 January.
        assertThat(due(6, DurationUnit.WORKING_DAYS, "2026-12-22T14:00+01:00", WITH_CLOSING_DAYS))
                .isEqualTo("2027-01-05T23:59:59.999999+01:00");
    }

    @Test
    void theTriggerDayNeverCountsAsAWorkingDay() {
        assertThat(due(1, DurationUnit.WORKING_DAYS, "2026-03-07T10:00+01:00", HOLIDAYS_ONLY))
                .as("received on a Saturday").isEqualTo("2026-03-09T23:59:59.999999+01:00");
        assertThat(due(1, DurationUnit.WORKING_DAYS, "2026-04-07T00:05+02:00", HOLIDAYS_ONLY))
                .as("received just after midnight").isEqualTo("2026-04-08T23:59:59.999999+02:00");
    }

    @Test
    void storeBededagDelaysWorkingDaysIn2023ButNotIn2024() {
        // Thursday 4 May 2023: Friday 5 May was Store bededag, so the first working day is Monday 8 May.
        assertThat(due(1, DurationUnit.WORKING_DAYS, "2023-05-04T09:00+02:00", HOLIDAYS_ONLY))
                .isEqualTo("2023-05-08T23:59:59.999999+02:00");
        assertThat(due(1, DurationUnit.WORKING_DAYS, "2024-04-25T09:00+02:00", HOLIDAYS_ONLY))
                .isEqualTo("2024-04-26T23:59:59.999999+02:00");
    }

    @Test
    void twentyFourHoursAcrossTheSpringDstChangeAreTwentyFourElapsedHours() {
        // Clocks go from 02:00 to 03:00 on 29 March 2026: 24 hours later the wall clock shows 13:00.
        assertThat(due(24, DurationUnit.HOURS, "2026-03-28T12:00+01:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-03-29T13:00+02:00");
        assertThat(due(1, DurationUnit.HOURS, "2026-03-29T01:30+01:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-03-29T03:30+02:00");
    }

    @Test
    void twentyFourHoursAcrossTheAutumnDstChangeAreTwentyFourElapsedHours() {
        assertThat(due(24, DurationUnit.HOURS, "2026-10-24T12:00+02:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-10-25T11:00+01:00");
    }

    @Test
    void monthsEndOnTheLastDayOfAShorterMonth() {
        assertThat(due(4, DurationUnit.MONTHS, "2027-10-31T10:00+01:00", HOLIDAYS_ONLY))
                .as("leap year").isEqualTo("2028-02-29T23:59:59.999999+01:00");
        assertThat(due(1, DurationUnit.MONTHS, "2026-01-31T10:00+01:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-02-28T23:59:59.999999+01:00");
        assertThat(due(3, DurationUnit.MONTHS, "2026-11-30T10:00+01:00", HOLIDAYS_ONLY))
                .isEqualTo("2027-02-28T23:59:59.999999+01:00");
        assertThat(due(3, DurationUnit.MONTHS, "2026-08-31T10:00+02:00", HOLIDAYS_ONLY))
                .isEqualTo("2026-11-30T23:59:59.999999+01:00");
    }

    @Test
    void calendarDeadlinesEndAtTheEndOfTheLocalDayEvenOnDstDays() {
        assertThat(due(2, DurationUnit.MONTHS, "2026-01-29T10:00+01:00", HOLIDAYS_ONLY))
                .as("29 March 2026 is 23 hours long").isEqualTo("2026-03-29T23:59:59.999999+02:00");
        assertThat(due(1, DurationUnit.DAYS, "2026-10-24T10:00+02:00", HOLIDAYS_ONLY))
                .as("25 October 2026 is 25 hours long").isEqualTo("2026-10-25T23:59:59.999999+01:00");
    }

    @Test
    void calendarDeadlinesAreNotMovedOffWeekendsAndHolidays() {
        assertThat(due(14, DurationUnit.DAYS, "2026-12-20T10:00+01:00", HOLIDAYS_ONLY))
                .as("Sunday 3 January").isEqualTo("2027-01-03T23:59:59.999999+01:00");
        assertThat(due(6, DurationUnit.WEEKS, "2026-02-20T10:00+01:00", HOLIDAYS_ONLY))
                .as("Langfredag").isEqualTo("2026-04-03T23:59:59.999999+02:00");
    }

    @Test
    void aDurationIsOneToNineHundredNinetyNineUnits() {
        assertThatThrownBy(() -> new DeadlineDuration(0, DurationUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineDuration(1000, DurationUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineDuration(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysTheDurationInDanish() {
        assertThat(new DeadlineDuration(24, DurationUnit.HOURS).danish()).isEqualTo("24 timer");
        assertThat(new DeadlineDuration(6, DurationUnit.WORKING_DAYS).danish()).isEqualTo("6 hverdage");
        assertThat(new DeadlineDuration(1, DurationUnit.MONTHS).danish()).isEqualTo("1 måned");
        assertThat(new DeadlineDuration(2, DurationUnit.WEEKS).danish()).isEqualTo("2 uger");
    }

    @Test
    void hoursAreElapsedTimeNotWallClockTime() {
        ZonedDateTime trigger = OffsetDateTime.parse("2026-03-28T12:00+01:00").atZoneSameInstant(ClockConfiguration.DANISH_TIME);
        ZonedDateTime due = new DeadlineDuration(24, DurationUnit.HOURS).dueFrom(trigger, HOLIDAYS_ONLY);
        assertThat(Duration.between(trigger, due)).isEqualTo(Duration.ofHours(24));
        assertThat(due.toLocalTime()).isNotEqualTo(trigger.toLocalTime());
    }

    /** The due time as an ISO offset date-time in Danish time. */
    static String due(int amount, DurationUnit unit, String trigger, DanishHolidayCalendar calendar) {
        ZonedDateTime at = OffsetDateTime.parse(trigger).atZoneSameInstant(ClockConfiguration.DANISH_TIME);
        return new DeadlineDuration(amount, unit).dueFrom(at, calendar).toOffsetDateTime().toString();
    }
}
