package dk.spor.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days (hverdage): Monday to Friday except the Danish public holidays. Store Bededag stopped being a
 * holiday in 2024. Used to date the demo's "confirm receipt within 6 working days" deadlines.
 */
final class DanishWorkingDays {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private DanishWorkingDays() {
    }

    static LocalDate plus(LocalDate start, int workingDays) {
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    static boolean isHoliday(LocalDate date) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(date))) {
            return true;
        }
        long fromEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 // skærtorsdag to 2. påskedag
                || (fromEaster == 26 && date.getYear() < 2024) // store bededag
                || fromEaster == 39 || fromEaster == 49 || fromEaster == 50; // Kristi himmelfart, pinse
    }

    /** The Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
