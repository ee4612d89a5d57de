package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DanishWorkingDaysTests {

    @Test
    void findsEasterSunday() {
        assertThat(DanishWorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(DanishWorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(DanishWorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void skipsWeekendsAndTheEasterHolidaysWhenCountingWorkingDays() {
        // Wednesday before Easter 2025: skærtorsdag, langfredag, the weekend and 2. påskedag are not counted.
        assertThat(DanishWorkingDays.plus(LocalDate.of(2025, 4, 16), 6)).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(DanishWorkingDays.plus(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void storeBededagIsAHolidayOnlyBefore2024() {
        assertThat(DanishWorkingDays.isHoliday(LocalDate.of(2023, 5, 5))).isTrue();
        assertThat(DanishWorkingDays.isHoliday(LocalDate.of(2024, 4, 26))).isFalse();
    }

    @Test
    void christmasAscensionAndWhitMondayAreHolidays() {
        assertThat(DanishWorkingDays.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(DanishWorkingDays.isWorkingDay(LocalDate.of(2025, 5, 29))).isFalse();
        assertThat(DanishWorkingDays.isWorkingDay(LocalDate.of(2025, 6, 9))).isFalse();
        assertThat(DanishWorkingDays.isWorkingDay(LocalDate.of(2025, 6, 10))).isTrue();
    }
}
