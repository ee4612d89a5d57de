package dk.spor.workspace.api;

import dk.spor.casefile.CasePhase;

/** A case's phase: a stable code and the Danish label the UI shows. */
record Phase(String code, String label) {

    static Phase of(CasePhase phase) {
        return phase == null ? null : new Phase(phase.name(), phase.danishLabel());
    }
}
