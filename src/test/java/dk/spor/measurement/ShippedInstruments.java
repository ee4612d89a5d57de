package dk.spor.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import dk.spor.shared.Perspective;

/** The shipped ORS, CORS, Trivselslinealen and goal attainment, as in V7_1, for tests without a database. */
final class ShippedInstruments {

    private ShippedInstruments() {
    }

    static Instrument ors() {
        return fit("ORS", null, 13, null, Set.of(Perspective.CHILD, Perspective.PARENT),
                List.of(new InstrumentCutoff(13, 17, n("28")), new InstrumentCutoff(18, 200, n("25"))));
    }

    static Instrument cors() {
        return fit("CORS", "ORS", 6, 12, Set.of(Perspective.CHILD), List.of(new InstrumentCutoff(0, 12, n("32"))));
    }

    static Instrument trivselslinealen() {
        return new Instrument("TRIVSELSLINEAL", 1, "Trivselslinealen", "Trivsel", "Hvor godt har barnet det?", false,
                TotalRule.SINGLE, Set.of(Perspective.values()), null, null, null, n("2"), true, false, false, true,
                null, List.of(item(1, "Trivsel", "0", "10", "1")),
                List.of(new InstrumentBand(n("0"), n("3"), BandColour.RED, "Truet trivsel"),
                        new InstrumentBand(n("4"), n("6"), BandColour.YELLOW, "Udsat trivsel"),
                        new InstrumentBand(n("7"), n("10"), BandColour.GREEN, "God trivsel")),
                List.of(), false);
    }

    static Instrument goalAttainment() {
        return new Instrument("GOAL_ATTAINMENT", 1, "Målopfyldelse", "Mål", "Hvor tæt er vi på målet?", true,
                TotalRule.SINGLE, Set.of(Perspective.values()), null, null, null, n("2"), true, false, false, true,
                null, List.of(item(1, "Målopfyldelse", "0", "10", "1")), List.of(), List.of(), false);
    }

    static InstrumentItem item(int position, String label, String min, String max, String step) {
        return new InstrumentItem(position, label, n(min), n(max), n(step), true, "Dårligt", "Godt");
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static Instrument fit(String code, String childVersionOf, Integer minAge, Integer maxAge,
            Set<Perspective> respondents, List<InstrumentCutoff> cutoffs) {
        return new Instrument(code, 1, code + " (FIT)", code, "Hvordan er det gået?", false, TotalRule.SUM,
                respondents, minAge, maxAge, childVersionOf, n("5"), false, true, true, true, null,
                List.of(item(1, "Personligt", "0", "10", "0.1"), item(2, "Nære relationer", "0", "10", "0.1"),
                        item(3, "Socialt", "0", "10", "0.1"), item(4, "Generelt", "0", "10", "0.1")),
                List.of(), cutoffs, false);
    }
}
