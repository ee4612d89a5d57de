package dk.spor.workspace;

import java.util.List;
import java.util.Set;

import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.casefile.ChildAccessDenied;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.Deadlines;
import dk.spor.organisation.CurrentUser;
import dk.spor.decision.Decisions;
import dk.spor.intake.Intake;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Role;
import dk.spor.organisation.Team;
import dk.spor.organisation.UserAccount;
import dk.spor.people.People;
import org.springframework.stereotype.Service;

/** Loads the child's page after checking access, and audits the read. */
@Service
public class ChildOverview {

    static final int CHRONOLOGY_LIMIT = 200;

    private final CaseFiles caseFiles;
    private final People people;
    private final Deadlines deadlines;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Intake intake;
    private final Decisions decisions;

    ChildOverview(CaseFiles caseFiles, People people, Deadlines deadlines, Organisation organisation, AuditLog audit,
            Intake intake, Decisions decisions) {
        this.intake = intake;
        this.decisions = decisions;
        this.caseFiles = caseFiles;
        this.people = people;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** A team leader may assign (or reassign) an open case to a caseworker of its team. */
    private List<UserAccount> assignable(CurrentUser user, CaseFile current) {
        return current != null && current.isOpen() && user.is(Role.TEAM_LEADER)
                ? organisation.caseworkers(Set.of(current.teamId())) : List.of();
    }

    public ChildPage load(CurrentUser user, long childId, String chronologyFilter) {
        caseFiles.requireChildAccess(user, childId);
        var child = people.child(childId).orElseThrow(() -> new ChildAccessDenied(childId));
        List<CaseFile> cases = caseFiles.casesOfChild(childId);
        CaseFile current = cases.stream().filter(CaseFile::isOpen).findFirst().orElse(cases.isEmpty() ? null : cases.get(0));
        List<CaseFile> earlier = cases.stream().filter(c -> c != current).toList();
        String caseworker = current == null || current.caseworkerId() == null ? null
                : organisation.user(current.caseworkerId()).map(UserAccount::fullName).orElse(null);
        String team = current == null ? null : organisation.team(current.teamId()).map(Team::name).orElse(null);
        List<Deadline> all = deadlines.forChild(childId);
        String filter = chronologyFilter == null || chronologyFilter.isBlank() ? null : chronologyFilter.strip();
        audit.read(childId, "child", childId, "Barnets side");
        return new ChildPage(child, people.relationsOf(childId), people.siblingsOf(childId), current, caseworker, team,
                earlier, all.stream().filter(d -> d.metAt() == null).toList(),
                all.stream().filter(d -> d.metAt() != null).toList(),
                caseFiles.chronologyOfChild(childId, filter, CHRONOLOGY_LIMIT), filter, intake.reportsOfChild(childId),
                intake.hasRepeatedConcern(childId), assignable(user, current), decisions.decisionsOfChild(childId),
                current != null && decisions.lacksInvestigationDecision(current));
    }
}
