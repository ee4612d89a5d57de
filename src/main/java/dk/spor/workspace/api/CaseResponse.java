package dk.spor.workspace.api;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.casefile.CaseFile;

/** A case: owner team, caseworker, phase and the dates of barnets lov's clock. {@code closedAt} is null while open. */
record CaseResponse(long id, long childId, boolean open, Phase phase, long teamId, String teamName, Long caseworkerId,
        String caseworkerName, LocalDate awarenessDate, Instant openedAt, Instant closedAt, String closingReason) {

    static CaseResponse of(CaseFile c, String caseworkerName, String teamName) {
        return new CaseResponse(c.id(), c.childId(), c.isOpen(), Phase.of(c.phase()), c.teamId(), teamName,
                c.caseworkerId(), caseworkerName, c.awarenessDate(), c.openedAt(), c.closedAt(), c.closingReason());
    }
}
