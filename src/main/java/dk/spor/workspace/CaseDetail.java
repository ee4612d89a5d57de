package dk.spor.workspace;

import java.util.List;

import dk.spor.casefile.CaseFile;
import dk.spor.deadline.Deadline;
import dk.spor.people.Child;

/** One case with its child, team, caseworker and open deadlines, read under one access check. */
public record CaseDetail(CaseFile caseFile, Child child, String caseworkerName, String teamName,
        List<Deadline> openDeadlines) {
}
