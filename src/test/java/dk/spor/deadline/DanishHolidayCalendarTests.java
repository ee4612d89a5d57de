package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidayCalendarTests {

    private final DanishHolidayCalendar calendar = new DanishHolidayCalendar(Set.of());

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2019, 2019-04-21", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(DanishHolidayCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void publicHolidaysOf2026AreTheFixedAndEasterBasedHolidays() {
        assertThat(calendar.publicHolidays(2026)).containsExactly(
                entry("2026-01-01", "Nytårsdag"), entry("2026-04-02", "Skærtorsdag"),
                entry("2026-04-03", "Langfredag"), entry("2026-04-05", "Påskedag"),
                entry("2026-04-06", "2. påskedag"), entry("2026-05-14", "Kristi himmelfartsdag"),
                entry("2026-05-24", "Pinsedag"), entry("2026-05-25", "2. pinsedag"),
                entry("2026-12-25", "Juledag"), entry("2026-12-26", "2. juledag"));
    }

    @Test
    void storeBededagIsAHolidayUntil2023Only() {
        assertThat(calendar.isPublicHoliday(LocalDate.of(2023, 5, 5))).isTrue();
        assertThat(calendar.publicHolidays(2023)).containsEntry(LocalDate.of(2023, 5, 5), "Store bededag");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 26))).isTrue();
        assertThat(calendar.publicHolidays(2024)).doesNotContainValue("Store bededag");
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void grundlovsdagAndChristmasEveAreWorkingDaysUnlessConfiguredAsClosingDays() {
        LocalDate grundlovsdag = LocalDate.of(2026, 6, 5);
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(calendar.isWorkingDay(grundlovsdag)).isTrue();
        assertThat(calendar.isWorkingDay(christmasEve)).isTrue();

        var closing = new DanishHolidayCalendar(Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31)));
        assertThat(closing.isWorkingDay(grundlovsdag)).isFalse();
        assertThat(closing.isWorkingDay(christmasEve)).isFalse();
        assertThat(closing.isPublicHoliday(christmasEve)).isFalse();
        assertThat(closing.isExtraClosingDay(christmasEve)).isTrue();
    }

    private static java.util.Map.Entry<LocalDate, String> entry(String date, String name) {
        return java.util.Map.entry(LocalDate.parse(date), name);
    }
}
