package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlineConfigurationTests {

    @Test
    void readsExtraClosingDaysAsMonthAndDay() {
        assertThat(DeadlineConfiguration.parse(List.of("06-05", " 12-24", "12-31 ", "")))
                .containsExactlyInAnyOrder(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31));
        assertThat(DeadlineConfiguration.parse(List.of())).isEmpty();
    }

    @Test
    void rejectsADayMonthOrderWithAMessageNamingTheProperty() {
        assertThatThrownBy(() -> DeadlineConfiguration.parse(List.of("24-12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spor.deadlines.extra-closing-days").hasMessageContaining("24-12");
    }
}
