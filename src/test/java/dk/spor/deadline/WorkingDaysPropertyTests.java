package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysPropertyTests {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Property
    void addingWorkingDaysLandsOnAWorkingDayNeverOnAWeekendOrHoliday(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll("calendars") DanishHolidayCalendar calendar) {
        LocalDate due = new WorkingDays(calendar).after(start, n);

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.isPublicHoliday(due)).isFalse();
        assertThat(calendar.isExtraClosingDay(due)).isFalse();
    }

    @Property
    void countsExactlyNWorkingDaysAfterTheStartDate(@ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll("calendars") DanishHolidayCalendar calendar) {
        LocalDate due = new WorkingDays(calendar).after(start, n);

        long counted = start.plusDays(1).datesUntil(due.plusDays(1)).filter(calendar::isWorkingDay).count();
        assertThat(counted).isEqualTo(n);
    }

    @Property
    void moreWorkingDaysAlwaysEndLater(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll("calendars") DanishHolidayCalendar calendar) {
        WorkingDays workingDays = new WorkingDays(calendar);

        assertThat(workingDays.after(start, n + 1)).isAfter(workingDays.after(start, n));
    }

    @Property
    void aLaterStartNeverEndsEarlier(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 30) int later,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll("calendars") DanishHolidayCalendar calendar) {
        WorkingDays workingDays = new WorkingDays(calendar);

        assertThat(workingDays.after(start.plusDays(later), n)).isAfterOrEqualTo(workingDays.after(start, n));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<DanishHolidayCalendar> calendars() {
        return Arbitraries.of(new DanishHolidayCalendar(Set.of()),
                new DanishHolidayCalendar(Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31))));
    }
}
