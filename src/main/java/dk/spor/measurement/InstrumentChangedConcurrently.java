package dk.spor.measurement;

/** Someone saved a newer version of the instrument while the administrator's form was open. */
public class InstrumentChangedConcurrently extends RuntimeException {

    public InstrumentChangedConcurrently(String code) {
        super("Instrument " + code + " was changed by someone else");
    }
}
