package dk.spor.workspace;

import java.time.LocalDate;

import dk.spor.casefile.CasePhase;
import dk.spor.shared.Cpr;

/** A line in a list of children: who the child is and, if open, their case and its phase. */
public record ChildRow(long childId, String firstName, String lastName, String cpr, LocalDate birthDate,
        Long openCaseId, CasePhase phase) {

    /** Lists never show the full CPR number. */
    public String maskedCpr() {
        return new Cpr(cpr).masked();
    }
}
