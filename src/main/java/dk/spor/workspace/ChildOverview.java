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
import dk.spor.intake.ConcernReport;
import dk.spor.intake.Intake;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Role;
import dk.spor.organisation.Team;
import dk.spor.organisation.UserAccount;
import dk.spor.people.Child;
import dk.spor.people.People;
import org.springframework.stereotype.Service;

/** Loads the child's page, profile or one of the child's cases after checking access, and audits the read. */
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
        Child child = people.child(childId).orElseThrow(() -> new ChildAccessDenied(childId));
        List<CaseFile> cases = caseFiles.casesOfChild(childId);
        CaseFile current = current(cases);
        List<CaseFile> earlier = cases.stream().filter(c -> c != current).toList();
        List<Deadline> all = deadlines.forChild(childId);
        String filter = chronologyFilter == null || chronologyFilter.isBlank() ? null : chronologyFilter.strip();
        List<ConcernReport> reports = intake.reportsOfChild(childId);
        audit.read(childId, "child", childId, "Barnets side");
        return new ChildPage(child, people.relationsOf(childId), people.siblingsOf(childId), current,
                caseworkerName(current), teamName(current), earlier,
                all.stream().filter(d -> d.metAt() == null).toList(),
                all.stream().filter(d -> d.metAt() != null).toList(),
                caseFiles.chronologyOfChild(childId, filter, CHRONOLOGY_LIMIT), filter, reports,
                intake.isRepeatedConcern(reports), assignable(user, current), decisions.decisionsOfChild(childId),
                current != null && decisions.lacksInvestigationDecision(current));
    }

    /** The child's master data, relations and current case, without the chronology: what the API returns. */
    public ChildProfile profile(CurrentUser user, long childId) {
        caseFiles.requireChildAccess(user, childId);
        Child child = people.child(childId).orElseThrow(() -> new ChildAccessDenied(childId));
        CaseFile current = current(caseFiles.casesOfChild(childId));
        audit.read(childId, "child", childId, "Barnets stamdata");
        return new ChildProfile(child, people.relationsOf(childId), current, caseworkerName(current),
                teamName(current));
    }

    /** One case of a child, if the user may see it; otherwise 404 and the attempt is audited. */
    public CaseDetail caseDetail(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        Child child = people.child(caseFile.childId()).orElseThrow(() -> new ChildAccessDenied(caseFile.childId()));
        List<Deadline> open = deadlines.forCase(caseId).stream().filter(d -> d.metAt() == null).toList();
        audit.read(caseFile.childId(), "case", caseId, "Sagens stamdata");
        return new CaseDetail(caseFile, child, caseworkerName(caseFile), teamName(caseFile), open);
    }

    /** The open case, else the latest closed one. */
    private static CaseFile current(List<CaseFile> cases) {
        return cases.stream().filter(CaseFile::isOpen).findFirst().orElse(cases.isEmpty() ? null : cases.get(0));
    }

    private String caseworkerName(CaseFile current) {
        return current == null || current.caseworkerId() == null ? null
                : organisation.user(current.caseworkerId()).map(UserAccount::fullName).orElse(null);
    }

    private String teamName(CaseFile current) {
        return current == null ? null : organisation.team(current.teamId()).map(Team::name).orElse(null);
    }
}
