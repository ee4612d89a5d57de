package dk.spor.casefile;

/** A phase change the case course does not allow; the message is Danish and shown to the user. */
public class PhaseChangeRejected extends RuntimeException {

    public PhaseChangeRejected(CasePhase from, CasePhase to) {
        super("Sagen kan ikke gå fra \"" + from.danishLabel() + "\" til \"" + to.danishLabel() + "\".");
    }
}
