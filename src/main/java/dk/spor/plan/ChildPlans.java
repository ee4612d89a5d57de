package dk.spor.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.decision.Decision;
import dk.spor.decision.DecisionType;
import dk.spor.decision.Decisions;
import dk.spor.organisation.CurrentUser;
import dk.spor.people.Child;
import dk.spor.people.People;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's plan (barnets lov § 91; ungeplan § 108): one per case, made with the child and the parents, required
 * at placement, and after a § 32 decision made when the caseworker decides so. Establishing it meets the
 * {@code child-plan.after-decision} deadlines of the case.
 */
@Service
public class ChildPlans {

    static final String PLAN_RULE = "child-plan.after-decision";
    static final String DECISION_SUBJECT = "DECISION";
    private static final String PLAN_SELECT = """
            select p.id, p.case_id, p.child_id, p.kind, p.decision_id, p.established_on, p.purpose, p.child_view,
                   p.parents_view, p.support, c.full_name as created_by_name, p.created_at,
                   u.full_name as updated_by_name, p.updated_at, p.version
              from child_plan p join app_user c on c.id = p.created_by left join app_user u on u.id = p.updated_by""";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final People people;
    private final Goals goals;
    private final Decisions decisions;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    ChildPlans(JdbcClient jdbc, CaseFiles caseFiles, People people, Goals goals, Decisions decisions,
            Deadlines deadlines, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.people = people;
        this.goals = goals;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's plan, goals and open § 32 stances, if the user may see the case; the read is audited. */
    public PlanOverview overview(CurrentUser user, long caseId) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        Child child = people.child(caseFile.childId()).orElseThrow();
        ChildPlan plan = planOfCase(caseId).orElse(null);
        audit.read(child.id(), plan == null ? "case" : "child_plan", plan == null ? caseId : plan.id(),
                "Barnets plan og mål læst");
        List<Goal> goalsOfCase = goals.ofCase(caseId);
        PlanKindRule rule = kindRule();
        return new PlanOverview(caseFile, child, plan, rule.forAge(child.ageOn(LocalDate.now(clock))),
                rule.fromAge(PlanKind.YOUTH_PLAN), planDecisions(caseId), goalsOfCase,
                GoalLimit.warning(goalsOfCase.stream().filter(g -> g.status() == GoalStatus.ACTIVE).count()));
    }

    /** The case's plan, for modules that have checked access. */
    public Optional<ChildPlan> planOfCase(long caseId) {
        return jdbc.sql(PLAN_SELECT + " where p.case_id = ?").param(caseId).query(ChildPlan.class).optional();
    }

    /** Which plan the child's age calls for, from the reference data. */
    public PlanKindRule kindRule() {
        return new PlanKindRule(jdbc.sql("select kind, from_age from plan_kind").query((rs, row) ->
                new PlanKindRule.Threshold(PlanKind.valueOf(rs.getString("kind")), rs.getInt("from_age"))).list());
    }

    /**
     * Establishes the case's plan, of the kind the child's age on that date calls for, and meets the case's open
     * {@code child-plan.after-decision} deadlines.
     */
    @Transactional
    public ChildPlan establish(CurrentUser user, long caseId, PlanDraft draft) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        FieldErrors errors = draft.validate(LocalDate.now(clock));
        if (planOfCase(caseId).isPresent()) {
            errors.reject("purpose", "Sagen har allerede en plan. Ret den eksisterende plan.");
        }
        if (!caseFile.isOpen()) {
            errors.reject("purpose", "Sagen er lukket. Der kan ikke laves en plan på en lukket sag.");
        }
        errors.throwIfAny();
        Child child = people.child(caseFile.childId()).orElseThrow();
        PlanKind kind = kindRule().forAge(child.ageOn(draft.establishedOn()));
        Instant now = clock.instant();
        Long decisionId = decisions.decisionsOfChild(child.id()).stream()
                .filter(d -> d.caseId() == caseId)
                .filter(d -> d.type() == DecisionType.PLACEMENT || d.type() == DecisionType.SUPPORTIVE)
                .map(Decision::id).findFirst().orElse(null);
        long id = jdbc.sql("""
                insert into child_plan (case_id, child_id, kind, decision_id, established_on, purpose, child_view,
                       parents_view, support, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(caseId).param(child.id()).param(kind.name()).param(decisionId).param(draft.establishedOn())
                .param(draft.purpose().strip()).param(blankToNull(draft.childView()))
                .param(blankToNull(draft.parentsView())).param(blankToNull(draft.support())).param(user.id())
                .param(Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("update goal set plan_id = ? where case_id = ? and plan_id is null").param(id).param(caseId).update();
        deadlines.forCase(caseId).stream()
                .filter(d -> d.ruleId().equals(PLAN_RULE) && d.metAt() == null)
                .forEach(d -> deadlines.complete(PLAN_RULE, d.subjectType(), d.subjectId(), now));
        caseFiles.record(caseId, now, "plan.established", kind.label() + " udarbejdet",
                "Formål: " + draft.purpose().strip(), user.id());
        audit.write(AuditAction.CREATE, child.id(), "child_plan", id, kind.label() + " udarbejdet");
        return planOfCase(caseId).orElseThrow();
    }

    /** Changes the plan's text. {@code expectedVersion} is the version the user saw. */
    @Transactional
    public ChildPlan update(CurrentUser user, long caseId, int expectedVersion, PlanDraft draft) {
        caseFiles.requireCase(user, caseId);
        ChildPlan plan = planOfCase(caseId).orElseThrow(() -> new NotFound("No plan on case " + caseId));
        draft.validate(LocalDate.now(clock)).throwIfAny();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update child_plan set established_on = ?, purpose = ?, child_view = ?, parents_view = ?, support = ?,
                       updated_by = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .param(draft.establishedOn()).param(draft.purpose().strip()).param(blankToNull(draft.childView()))
                .param(blankToNull(draft.parentsView())).param(blankToNull(draft.support())).param(user.id())
                .param(Timestamp.from(now)).param(plan.id()).param(expectedVersion).update();
        if (updated == 0) {
            throw new EditedBySomeoneElse("Planen");
        }
        caseFiles.record(caseId, now, "plan.updated", plan.kind().label() + " opdateret",
                "Formål: " + draft.purpose().strip(), user.id());
        audit.write(AuditAction.UPDATE, plan.childId(), "child_plan", plan.id(), plan.kind().label() + " opdateret");
        return planOfCase(caseId).orElseThrow();
    }

    /**
     * Records whether a plan is made after a § 32 decision, and why. A plan to be made starts the 3-month deadline
     * from the decision date; a plan the case already has meets it at once.
     */
    @Transactional
    public void recordStance(CurrentUser user, long caseId, long planDecisionId, int expectedVersion,
            Boolean planNeeded, String reason) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        PlanDecision stance = planDecisions(caseId).stream().filter(d -> d.id() == planDecisionId).findFirst()
                .orElseThrow(() -> new NotFound("Plan decision " + planDecisionId + " on case " + caseId));
        new FieldErrors()
                .required("planNeeded", planNeeded, "Vælg, om der skal udarbejdes en plan.")
                .requiredText("reason", reason, "Begrund, hvorfor der skal eller ikke skal udarbejdes en plan.")
                .throwIfAny();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update plan_decision set plan_needed = ?, reason = ?, recorded_by = ?, recorded_at = ?,
                       version = version + 1
                 where id = ? and version = ?""")
                .param(planNeeded).param(reason.strip()).param(user.id()).param(Timestamp.from(now))
                .param(planDecisionId).param(expectedVersion).update();
        if (updated == 0) {
            throw new EditedBySomeoneElse("Stillingtagen til planen");
        }
        if (planNeeded) {
            Optional<Deadline> due = deadlines.start(new DeadlineTriggered(PLAN_RULE, DECISION_SUBJECT,
                    stance.decisionId(), caseId, caseFile.childId(), null,
                    stance.decidedOn().atStartOfDay(ClockConfiguration.DANISH_TIME).toInstant()));
            if (due.isPresent() && planOfCase(caseId).isPresent()) {
                deadlines.complete(PLAN_RULE, DECISION_SUBJECT, stance.decisionId(), now);
            }
        }
        caseFiles.record(caseId, now, "plan.decision",
                planNeeded ? "Der udarbejdes en plan efter afgørelsen" : "Der udarbejdes ikke en plan efter afgørelsen",
                reason.strip(), user.id());
        audit.write(AuditAction.UPDATE, caseFile.childId(), "plan_decision", planDecisionId, "Stillingtagen til plan");
    }

    /** Notes that a § 32 decision calls for a stance on a plan; a redelivered event changes nothing. */
    void stanceNeeded(long decisionId, long caseId, long childId, LocalDate decidedOn) {
        jdbc.sql("""
                insert into plan_decision (case_id, child_id, decision_id, decided_on) values (?, ?, ?, ?)
                on conflict (decision_id) do nothing""")
                .param(caseId).param(childId).param(decisionId).param(decidedOn).update();
    }

    public List<PlanDecision> planDecisions(long caseId) {
        return jdbc.sql("""
                select d.id, d.case_id, d.decision_id, d.decided_on, d.plan_needed, d.reason,
                       u.full_name as recorded_by_name, d.recorded_at, d.version
                  from plan_decision d left join app_user u on u.id = d.recorded_by
                 where d.case_id = ? order by d.decided_on, d.id""")
                .param(caseId).query(PlanDecision.class).list();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
