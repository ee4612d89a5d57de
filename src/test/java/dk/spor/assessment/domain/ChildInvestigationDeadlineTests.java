package dk.spor.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class ChildInvestigationDeadlineTests {

    @Test
    void isDueFourMonthsAfterTheAwarenessDate() {
        assertThat(ChildInvestigationDeadline.dueDate(LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void theLastOfOctoberGivesTheLastOfFebruary() {
        assertThat(ChildInvestigationDeadline.dueDate(LocalDate.of(2025, 10, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ChildInvestigationDeadline.dueDate(LocalDate.of(2027, 10, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void crossesTheNewYear() {
        assertThat(ChildInvestigationDeadline.dueDate(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 3, 26));
    }

    @Property
    void fallsInTheFourthMonthOnTheSameDayOrItsLastDay(
            @ForAll @DateRange(min = "2020-01-01", max = "2040-12-31") LocalDate awareness) {
        LocalDate due = ChildInvestigationDeadline.dueDate(awareness);
        YearMonth month = YearMonth.from(awareness).plusMonths(4);

        assertThat(YearMonth.from(due)).isEqualTo(month);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(awareness.getDayOfMonth(), month.lengthOfMonth()));
    }
}
