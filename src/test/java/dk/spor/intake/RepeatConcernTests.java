package dk.spor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatConcernTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void twoReportsWithinSixMonthsAreRepeated() {
        assertThat(RepeatConcern.isRepeatedAt(List.of(Instant.parse("2026-06-01T08:00:00Z"), NOW), NOW)).isTrue();
    }

    @Test
    void aReportOlderThanSixMonthsDoesNotCount() {
        assertThat(RepeatConcern.isRepeatedAt(List.of(Instant.parse("2026-05-25T08:00:00Z"), NOW), NOW)).isFalse();
    }

    @Test
    void oneReportIsNotRepeated() {
        assertThat(RepeatConcern.isRepeatedAt(List.of(NOW), NOW)).isFalse();
    }

    @Test
    void reportsAfterTheMomentAreIgnored() {
        Instant earlier = Instant.parse("2026-01-10T08:00:00Z");
        assertThat(RepeatConcern.isRepeatedAt(List.of(earlier, NOW), earlier)).isFalse();
    }
}
