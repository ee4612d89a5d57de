package dk.spor.workspace.api;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.workspace.CaseRow;

/** A case in a list: the child (CPR masked), phase, owner and the next deadline (null when none is open). */
record CaseSummaryResponse(long id, long childId, String childName, String maskedCpr, LocalDate birthDate,
        Phase phase, String caseworkerName, String teamName, NextDeadline nextDeadline) {

    record NextDeadline(String title, Instant dueAt) {
    }

    static CaseSummaryResponse of(CaseRow row) {
        return new CaseSummaryResponse(row.caseId(), row.childId(), row.childName(), row.maskedCpr(), row.birthDate(),
                Phase.of(row.phase()), row.caseworkerName(), row.teamName(),
                row.nextDueAt() == null ? null : new NextDeadline(row.nextDueTitle(), row.nextDueAt()));
    }
}
