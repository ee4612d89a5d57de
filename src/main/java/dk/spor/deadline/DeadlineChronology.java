package dk.spor.deadline;

import java.time.Instant;

import dk.spor.casefile.CaseFiles;
import dk.spor.platform.web.DanishFormat;
import org.springframework.stereotype.Component;

/** Writes what happens to a case's deadlines into the case's chronology, so a date never moves without a trace. */
@Component
class DeadlineChronology {

    private final CaseFiles caseFiles;
    private final DanishFormat format;

    DeadlineChronology(CaseFiles caseFiles, DanishFormat format) {
        this.caseFiles = caseFiles;
        this.format = format;
    }

    void started(long caseId, DeadlineRule rule, Instant triggeredAt, Instant dueAt) {
        caseFiles.record(caseId, triggeredAt, "deadline.started", "Frist: " + rule.nameDa(),
                "Senest " + format.dateTime(dueAt) + ", " + rule.computedAs() + ". " + rule.legalReference()
                        + ", regelversion " + rule.version() + ".",
                null);
    }

    /** A deadline whose due time the caseworker chose, e.g. the next follow-up date agreed at a meeting. */
    void startedAtChosenTime(long caseId, DeadlineRule rule, Instant triggeredAt, Instant dueAt) {
        caseFiles.record(caseId, triggeredAt, "deadline.started", "Frist: " + rule.nameDa(),
                "Senest " + format.dateTime(dueAt) + ", som aftalt efter " + rule.triggerEventDa() + ". "
                        + rule.legalReference() + ", regelversion " + rule.version() + ".",
                null);
    }

    void met(long caseId, String title, Instant dueAt, Instant metAt) {
        boolean late = metAt.isAfter(dueAt);
        caseFiles.record(caseId, metAt, "deadline.met", (late ? "Frist opfyldt for sent: " : "Frist overholdt: ") + title,
                "Fristen var " + format.dateTime(dueAt) + ".", null);
    }

    void closedAsNoLongerRelevant(long caseId, String title, String reason, Instant closedAt, long actorId) {
        caseFiles.record(caseId, closedAt, "deadline.closed", "Frist lukket som ikke længere relevant: " + title,
                reason, actorId);
    }

    void escalated(long caseId, String title, Instant dueAt, Instant escalatedAt) {
        caseFiles.record(caseId, escalatedAt, "deadline.escalated", "Frist overskredet: " + title,
                "Fristen var " + format.dateTime(dueAt) + ". Sagen er sendt til faglig leder.", null);
    }
}
