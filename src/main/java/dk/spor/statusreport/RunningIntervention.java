package dk.spor.statusreport;

import java.time.LocalDate;

/** The facts about a running intervention that a status report on it needs. */
record RunningIntervention(long id, long caseId, long childId, long providerId, LocalDate startedOn) {
}
