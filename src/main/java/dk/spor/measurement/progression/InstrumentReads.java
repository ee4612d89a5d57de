package dk.spor.measurement.progression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dk.spor.measurement.Instrument;
import dk.spor.measurement.Instruments;
import org.springframework.stereotype.Component;

/**
 * The instruments as the progression view and the alert rules see them: the current version of each, by code, from
 * the measurement module's {@link Instruments}.
 */
@Component
class InstrumentReads {

    private final Instruments instruments;

    InstrumentReads(Instruments instruments) {
        this.instruments = instruments;
    }

    /** Every instrument by code, its current version. */
    Map<String, ProgressionInstrument> newestVersions() {
        return instruments.currentAll().stream().collect(Collectors.toMap(Instrument::code, InstrumentReads::of,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static ProgressionInstrument of(Instrument instrument) {
        return new ProgressionInstrument(instrument.code(), instrument.version(), instrument.name(),
                instrument.shortName(), instrument.perGoal(), instrument.alliance(), instrument.reliableChange(),
                instrument.minTotal(), instrument.maxTotal(),
                instrument.items().stream().map(i -> new ProgressionInstrument.Item(i.position(), i.label())).toList(),
                instrument.bands().stream().map(b -> new ProgressionInstrument.Band(b.lower(), b.upper(),
                        b.colour().name(), b.label())).toList(),
                instrument.cutoffs().stream().map(c -> new ProgressionInstrument.Cutoff(c.minAge(), c.maxAge(),
                        c.cutoff())).toList());
    }
}
