package dk.spor.casefile;

import java.time.LocalDate;

/** A case was opened on a child; {@code awarenessDate} is when the municipality became aware of the need. */
public record CaseOpened(long caseId, long childId, long teamId, LocalDate awarenessDate) {
}
