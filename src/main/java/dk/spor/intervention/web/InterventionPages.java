package dk.spor.intervention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.decision.Decision;
import dk.spor.decision.Decisions;
import dk.spor.intervention.FollowUpCadence;
import dk.spor.intervention.FollowUpCadences;
import dk.spor.intervention.Intervention;
import dk.spor.intervention.Interventions;
import dk.spor.organisation.CurrentUser;
import dk.spor.organisation.Organisation;
import dk.spor.organisation.Provider;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.plan.Goal;
import dk.spor.plan.Goals;
import org.springframework.stereotype.Component;

/** Gathers what the intervention pages show; every read goes through the access-checked, audited services. */
@Component
class InterventionPages {

    private final Interventions interventions;
    private final FollowUpCadences cadences;
    private final CaseFiles caseFiles;
    private final Decisions decisions;
    private final People people;
    private final Goals goals;
    private final Organisation organisation;
    private final Clock clock;

    InterventionPages(Interventions interventions, FollowUpCadences cadences, CaseFiles caseFiles, Decisions decisions,
            People people, Goals goals, Organisation organisation, Clock clock) {
        this.interventions = interventions;
        this.cadences = cadences;
        this.caseFiles = caseFiles;
        this.decisions = decisions;
        this.people = people;
        this.goals = goals;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The case's interventions, its follow-up cadence and the decisions that still lack their intervention. */
    public record Overview(CaseFile caseFile, Child child, List<Intervention> interventions, List<Decision> ungranted,
            FollowUpCadence cadence, List<FollowUpCadence> cadenceHistory, LocalDate today, int waitLimitDays) {

        public long waitingWithoutAssessment() {
            return interventions.stream().filter(i -> i.waitingTime(today, waitLimitDays).assessmentMissing()).count();
        }
    }

    Overview overview(CurrentUser user, long caseId) {
        List<Intervention> ofCase = interventions.ofCase(user, caseId);
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        Set<Long> granted = ofCase.stream().map(Intervention::decisionId).filter(id -> id != null)
                .collect(Collectors.toSet());
        List<Decision> ungranted = decisions.decisionsOfChild(caseFile.childId()).stream()
                .filter(d -> d.caseId() == caseId && d.type().grantsIntervention() && !granted.contains(d.id()))
                .toList();
        return new Overview(caseFile, people.child(caseFile.childId()).orElseThrow(), ofCase, ungranted,
                cadences.current(caseId).orElse(null), cadences.history(caseId), LocalDate.now(clock),
                interventions.waitLimitDays());
    }

    List<Goal> goalsOf(long caseId) {
        return goals.ofCase(caseId);
    }

    List<Provider> providers() {
        return organisation.providers();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
