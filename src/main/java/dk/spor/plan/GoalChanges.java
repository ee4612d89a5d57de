package dk.spor.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.assessment.IcsDimension;
import dk.spor.assessment.Investigations;
import dk.spor.audit.AuditAction;
import dk.spor.audit.AuditLog;
import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.organisation.CurrentUser;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and revises goals. Every change keeps the goal before and after in its history, and runs the review clock
 * ({@code goals.revise}: the review date is the rule's due date, so admins set the interval in the rule data).
 */
@Service
public class GoalChanges {

    static final String REVIEW_RULE = "goals.revise";
    /** The deadline subject of a goal's review; the meeting module completes it through {@link #revise}. */
    public static final String GOAL_SUBJECT = "GOAL";

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Goals goals;
    private final Investigations investigations;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    GoalChanges(JdbcClient jdbc, CaseFiles caseFiles, Goals goals, Investigations investigations, Deadlines deadlines,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.goals = goals;
        this.investigations = investigations;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets a new active goal on an open case and starts its review clock. Returns the goal's id. */
    @Transactional
    public long set(CurrentUser user, long caseId, GoalDraft draft) {
        CaseFile caseFile = caseFiles.requireCase(user, caseId);
        Map<Integer, IcsDimension> dimensions = dimensions();
        FieldErrors errors = draft.validate(false);
        checkDimensions(draft, dimensions, errors);
        if (!caseFile.isOpen()) {
            errors.reject("title", "Sagen er lukket. Der kan ikke sættes mål på en lukket sag.");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        long id = jdbc.sql("""
                insert into goal (case_id, child_id, plan_id, title, status, set_on, created_by, created_at)
                values (?, ?, (select id from child_plan where case_id = ?), ?, 'ACTIVE', ?, ?, ?) returning id""")
                .param(caseId).param(caseFile.childId()).param(caseId).param(draft.title().strip()).param(today)
                .param(user.id()).param(Timestamp.from(now)).query(Long.class).single();
        writeParts(id, draft);
        LocalDate reviewOn = startReview(id, caseId, now);
        jdbc.sql("insert into goal_revision (goal_id, revised_at, revised_by, reason, title_after, status_after, "
                + "review_after, details_after) values (?, ?, ?, 'Målet er sat', ?, 'ACTIVE', ?, ?)")
                .param(id).param(Timestamp.from(now)).param(user.id()).param(draft.title().strip()).param(reviewOn)
                .param(details(draft, dimensions)).update();
        caseFiles.record(caseId, now, "plan.goal-set", "Mål sat: " + draft.title().strip(),
                draft.criteria().stream().map(Criterion::line).collect(Collectors.joining("\n")), user.id());
        audit.write(AuditAction.CREATE, caseFile.childId(), "goal", id, "Mål sat");
        return id;
    }

    /**
     * Changes a goal, e.g. at a follow-up: its words, criteria, supporters, dimensions or status, with the reason.
     * Completes the review clock and, while the goal stays active, starts the next one. {@code expectedVersion} is
     * the version the user saw.
     *
     * @throws EditedBySomeoneElse when the goal was saved by someone else in the meantime
     */
    @Transactional
    public void revise(CurrentUser user, long caseId, long goalId, int expectedVersion, GoalDraft draft) {
        caseFiles.requireCase(user, caseId);
        GoalDetails before = goals.details(goalId).filter(g -> g.caseId() == caseId)
                .orElseThrow(() -> new NotFound("Goal " + goalId + " on case " + caseId));
        Map<Integer, IcsDimension> dimensions = dimensions();
        FieldErrors errors = draft.validate(true);
        checkDimensions(draft, dimensions, errors);
        errors.throwIfAny();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        boolean active = draft.status() == GoalStatus.ACTIVE;
        int updated = jdbc.sql("""
                update goal set title = ?, status = ?, status_reason = ?, closed_on = ?, updated_by = ?,
                       updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .param(draft.title().strip()).param(draft.status().name())
                .param(active ? null : draft.statusReason().strip()).param(active ? null : today).param(user.id())
                .param(Timestamp.from(now)).param(goalId).param(expectedVersion).update();
        if (updated == 0) {
            throw new EditedBySomeoneElse("Målet");
        }
        jdbc.sql("delete from goal_criterion where goal_id = ?").param(goalId).update();
        jdbc.sql("delete from goal_supporter where goal_id = ?").param(goalId).update();
        jdbc.sql("delete from goal_ics_dimension where goal_id = ?").param(goalId).update();
        writeParts(goalId, draft);
        deadlines.complete(REVIEW_RULE, GOAL_SUBJECT, goalId, now);
        LocalDate reviewOn = active ? startReview(goalId, caseId, now) : before.reviewOn();
        jdbc.sql("""
                insert into goal_revision (goal_id, revised_at, revised_by, reason, title_before, title_after,
                       status_before, status_after, review_before, review_after, details_before, details_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(goalId).param(Timestamp.from(now)).param(user.id()).param(draft.reason().strip())
                .param(before.title()).param(draft.title().strip()).param(before.status().name())
                .param(draft.status().name()).param(before.reviewOn()).param(reviewOn)
                .param(details(before.asDraft(), dimensions)).param(details(draft, dimensions)).update();
        caseFiles.record(caseId, now, chronologyKind(before.status(), draft.status()),
                chronologyTitle(before.status(), draft.status()) + draft.title().strip(), draft.reason().strip(),
                user.id());
        audit.write(AuditAction.UPDATE, before.childId(), "goal", goalId, "Mål ændret");
    }

    private LocalDate startReview(long goalId, long caseId, Instant now) {
        LocalDate reviewOn = deadlines.start(DeadlineTriggered.onCase(REVIEW_RULE, GOAL_SUBJECT, goalId, caseId, now))
                .map(Deadline::dueAt).map(due -> due.atZone(ClockConfiguration.DANISH_TIME).toLocalDate())
                .orElse(null);
        jdbc.sql("update goal set review_on = ? where id = ?").param(reviewOn).param(goalId).update();
        return reviewOn;
    }

    private void writeParts(long goalId, GoalDraft draft) {
        for (int i = 0; i < draft.criteria().size(); i++) {
            Criterion c = draft.criteria().get(i);
            jdbc.sql("insert into goal_criterion (goal_id, perspective, name, text, position) values (?, ?, ?, ?, ?)")
                    .param(goalId).param(c.perspective().name()).param(blankToNull(c.name())).param(c.text().strip())
                    .param(i).update();
        }
        for (int i = 0; i < draft.supporters().size(); i++) {
            Supporter s = draft.supporters().get(i);
            jdbc.sql("insert into goal_supporter (goal_id, perspective, name, contribution, position) values (?, ?, ?, ?, ?)")
                    .param(goalId).param(s.perspective().name()).param(blankToNull(s.name()))
                    .param(s.contribution().strip()).param(i).update();
        }
        draft.dimensionIds().stream().distinct().forEach(dimension -> jdbc.sql(
                "insert into goal_ics_dimension (goal_id, dimension_id) values (?, ?)")
                .param(goalId).param(dimension).update());
    }

    private Map<Integer, IcsDimension> dimensions() {
        return investigations.icsDimensions().stream()
                .collect(Collectors.toMap(IcsDimension::id, Function.identity()));
    }

    private static void checkDimensions(GoalDraft draft, Map<Integer, IcsDimension> dimensions, FieldErrors errors) {
        if (!dimensions.keySet().containsAll(draft.dimensionIds())) {
            errors.reject("dimensionIds", "Vælg dimensionerne fra ICS-trekanten på listen.");
        }
    }

    private static String details(GoalDraft draft, Map<Integer, IcsDimension> dimensions) {
        List<String> names = draft.dimensionIds().stream().distinct().map(dimensions::get).map(IcsDimension::name).toList();
        return draft.details(names);
    }

    private static String chronologyKind(GoalStatus before, GoalStatus after) {
        if (before == after) {
            return "plan.goal-revised";
        }
        return switch (after) {
            case ACHIEVED -> "plan.goal-achieved";
            case DROPPED -> "plan.goal-dropped";
            case ACTIVE -> "plan.goal-reopened";
        };
    }

    private static String chronologyTitle(GoalStatus before, GoalStatus after) {
        if (before == after) {
            return "Mål revideret: ";
        }
        return switch (after) {
            case ACHIEVED -> "Mål nået: ";
            case DROPPED -> "Mål opgivet: ";
            case ACTIVE -> "Mål genoptaget: ";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
