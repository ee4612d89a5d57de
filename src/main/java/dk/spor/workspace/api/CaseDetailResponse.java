package dk.spor.workspace.api;

import java.time.Instant;
import java.util.List;

import dk.spor.deadline.Deadline;
import dk.spor.workspace.CaseDetail;

/** One case with its child (CPR masked) and its open deadlines, the most urgent first. */
record CaseDetailResponse(CaseResponse caseFile, String childName, String maskedCpr, List<OpenDeadline> openDeadlines) {

    /** {@code rule} names the rule the deadline was computed by. */
    record OpenDeadline(long id, String rule, String title, Instant dueAt) {

        static OpenDeadline of(Deadline d) {
            return new OpenDeadline(d.id(), d.ruleId(), d.title(), d.dueAt());
        }
    }

    static CaseDetailResponse of(CaseDetail detail) {
        return new CaseDetailResponse(CaseResponse.of(detail.caseFile(), detail.caseworkerName(), detail.teamName()),
                detail.child().fullName(), detail.child().cpr().masked(),
                detail.openDeadlines().stream().map(OpenDeadline::of).toList());
    }
}
