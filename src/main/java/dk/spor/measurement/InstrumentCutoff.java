package dk.spor.measurement;

import java.math.BigDecimal;

/** The clinical cut-off on the total for children aged {@code minAge} to {@code maxAge} (both included). */
public record InstrumentCutoff(int minAge, int maxAge, BigDecimal cutoff) {

    public boolean appliesTo(int age) {
        return age >= minAge && age <= maxAge;
    }
}
