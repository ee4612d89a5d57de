package dk.spor.deadline;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The holiday calendar, with the municipality's extra closing days from {@code spor.deadlines.extra-closing-days}. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    static final String EXTRA_CLOSING_DAYS = "spor.deadlines.extra-closing-days";

    @Bean
    DanishHolidayCalendar danishHolidayCalendar(@Value("${" + EXTRA_CLOSING_DAYS + ":}") List<String> extraClosingDays) {
        return new DanishHolidayCalendar(parse(extraClosingDays));
    }

    /** "06-05", "12-24": month and day, as in ISO dates. */
    static Set<MonthDay> parse(List<String> monthDays) {
        return monthDays.stream().map(String::strip).filter(text -> !text.isEmpty())
                .map(DeadlineConfiguration::parse).collect(Collectors.toSet());
    }

    private static MonthDay parse(String monthDay) {
        try {
            return MonthDay.parse("--" + monthDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(EXTRA_CLOSING_DAYS + ": '" + monthDay
                    + "' is not a month and day as MM-dd, e.g. 12-24", e);
        }
    }
}
