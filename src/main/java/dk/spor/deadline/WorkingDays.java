package dk.spor.deadline;

import java.time.LocalDate;

/** Counting in working days (hverdage) on the Danish calendar. */
public final class WorkingDays {

    private final DanishHolidayCalendar calendar;

    public WorkingDays(DanishHolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The {@code n}th working day after {@code date}. The date itself never counts, working day or not: a report
     * received on a Friday has Monday as its first working day.
     */
    public LocalDate after(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Count working days from 1, not " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
