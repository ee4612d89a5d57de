package dk.spor.workspace;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.casefile.CasePhase;
import dk.spor.shared.Cpr;

/** A line in a case list: the child, the phase, who owns it and what is due next. */
public record CaseRow(long caseId, long childId, String childName, String cpr, LocalDate birthDate, CasePhase phase,
        String caseworkerName, String teamName, Instant nextDueAt, String nextDueTitle) {

    /** Lists never show the full CPR number. */
    public String maskedCpr() {
        return new Cpr(cpr).masked();
    }
}
