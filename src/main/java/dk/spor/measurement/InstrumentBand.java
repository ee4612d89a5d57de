package dk.spor.measurement;

import java.math.BigDecimal;

/** A colour band on the total, e.g. 0–3 red "Truet trivsel". Both ends are included. */
public record InstrumentBand(BigDecimal lower, BigDecimal upper, BandColour colour, String label) {

    public boolean contains(BigDecimal total) {
        return total.compareTo(lower) >= 0 && total.compareTo(upper) <= 0;
    }
}
