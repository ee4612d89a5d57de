package dk.spor.measurement.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.spor.platform.ClockConfiguration;

/** Scores and dates written the Danish way in alert texts: "32,5", "3. feb. 2026". */
final class Scores {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.forLanguageTag("da-DK"));

    private Scores() {
    }

    static String format(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(ClockConfiguration.DANISH_TIME));
    }

    static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }
}
