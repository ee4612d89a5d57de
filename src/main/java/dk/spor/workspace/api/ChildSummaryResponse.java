package dk.spor.workspace.api;

import java.time.LocalDate;

import dk.spor.workspace.ChildRow;

/** A child in a list. The CPR number is masked ("010203-xxxx"); the child's own resource has it in full. */
record ChildSummaryResponse(long id, String firstName, String lastName, String maskedCpr, LocalDate birthDate,
        Long openCaseId, Phase phase) {

    static ChildSummaryResponse of(ChildRow row) {
        return new ChildSummaryResponse(row.childId(), row.firstName(), row.lastName(), row.maskedCpr(),
                row.birthDate(), row.openCaseId(), Phase.of(row.phase()));
    }
}
