package dk.spor.demo;

import java.time.LocalDate;
import java.util.Set;

import dk.spor.deadline.DanishHolidayCalendar;
import dk.spor.deadline.WorkingDays;

/**
 * The deadline module's working days (national holidays only, no local closing days), so the demo's dates
 * follow the same calendar as the deadlines Spor computes itself.
 */
final class DanishWorkingDays {

    private static final DanishHolidayCalendar CALENDAR = new DanishHolidayCalendar(Set.of());
    private static final WorkingDays WORKING_DAYS = new WorkingDays(CALENDAR);

    private DanishWorkingDays() {
    }

    static LocalDate plus(LocalDate start, int workingDays) {
        return WORKING_DAYS.after(start, workingDays);
    }

    static boolean isWorkingDay(LocalDate date) {
        return CALENDAR.isWorkingDay(date);
    }
}
