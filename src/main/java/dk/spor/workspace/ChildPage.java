package dk.spor.workspace;

import java.util.List;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.ChronologyEntry;
import dk.spor.deadline.Deadline;
import dk.spor.decision.Decision;
import dk.spor.intake.ConcernReport;
import dk.spor.organisation.UserAccount;
import dk.spor.people.Child;
import dk.spor.people.RelatedPerson;
import dk.spor.people.Sibling;

/** Everything the child's page shows, read under one access check. */
public record ChildPage(Child child, List<RelatedPerson> relations, List<Sibling> siblings, CaseFile currentCase,
        String caseworkerName, String teamName, List<CaseFile> earlierCases, List<Deadline> openDeadlines,
        List<Deadline> metDeadlines, List<ChronologyEntry> chronology, String chronologyFilter,
        List<ConcernReport> concernReports, boolean repeatedConcern, List<UserAccount> assignableCaseworkers,
        List<Decision> decisions, boolean lacksInvestigationDecision) {
}
