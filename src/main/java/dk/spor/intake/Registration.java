package dk.spor.intake;

/** The result of registering a report: where it went, and whether the registering user may follow it there. */
public record Registration(long reportId, long childId, long caseId, boolean newCase, boolean visibleToUser) {
}
