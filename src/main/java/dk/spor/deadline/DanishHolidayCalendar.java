package dk.spor.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Danish public holidays (helligdage) and the days the municipality is closed. Working days (hverdage) are
 * Monday to Friday except these. The movable holidays follow Easter; Store Bededag was a public holiday until
 * 2023 and was abolished from 2024 (lov nr. 23 af 1. marts 2023). Grundlovsdag, juleaftensdag and nytårsaftensdag
 * are not public holidays by law, but many municipalities close on them: they are configured as extra closing
 * days ({@code spor.deadlines.extra-closing-days}, e.g. {@code 06-05,12-24,12-31}).
 */
public final class DanishHolidayCalendar {

    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private final Set<MonthDay> extraClosingDays;
    private final Map<Integer, SortedMap<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    public DanishHolidayCalendar(Set<MonthDay> extraClosingDays) {
        this.extraClosingDays = Set.copyOf(extraClosingDays);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
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

    /** The public holidays of a year with their Danish names, in date order. */
    public SortedMap<LocalDate, String> publicHolidays(int year) {
        return holidaysByYear.computeIfAbsent(year, DanishHolidayCalendar::computeHolidays);
    }

    public boolean isPublicHoliday(LocalDate date) {
        return publicHolidays(date.getYear()).containsKey(date);
    }

    public boolean isExtraClosingDay(LocalDate date) {
        return extraClosingDays.contains(MonthDay.from(date));
    }

    /** Monday to Friday, and neither a public holiday nor an extra closing day. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date)
                && !isExtraClosingDay(date);
    }

    public Set<MonthDay> extraClosingDays() {
        return extraClosingDays;
    }

    private static SortedMap<LocalDate, String> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        SortedMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, Month.JANUARY, 1), "Nytårsdag");
        holidays.put(easter.minusDays(3), "Skærtorsdag");
        holidays.put(easter.minusDays(2), "Langfredag");
        holidays.put(easter, "Påskedag");
        holidays.put(easter.plusDays(1), "2. påskedag");
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            holidays.put(easter.plusDays(26), "Store bededag");
        }
        holidays.put(easter.plusDays(39), "Kristi himmelfartsdag");
        holidays.put(easter.plusDays(49), "Pinsedag");
        holidays.put(easter.plusDays(50), "2. pinsedag");
        holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "Juledag");
        holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "2. juledag");
        return Collections.unmodifiableSortedMap(holidays);
    }
}
