package dk.spor.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.spor.casefile.CaseFile;
import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.rules.DeadlineRuleCatalog;
import dk.spor.deadline.rules.RuleRows;
import dk.spor.organisation.AccessScope;
import dk.spor.platform.ClockConfiguration;
import dk.spor.shared.FieldErrors;
import dk.spor.shared.NotFound;
import dk.spor.shared.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clock: starts a deadline when a rule's trigger event happens, marks it met when the completion
 * event happens, and reads deadlines for work lists and case pages. Reads do not check access; callers do.
 */
@Service
public class Deadlines {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);
    private static final String SELECT = "select d.id, d.title, d.subject_type, d.subject_id, d.case_id, d.child_id,"
            + " d.assignee_id, d.triggered_at, d.due_at, d.met_at, d.escalated_at, d.closed_reason, " + RuleRows.COLUMNS
            + " from deadline d join deadline_rule r on r.id = d.rule_id and r.version = d.rule_version";
    private static final String OPEN_FIRST = " order by d.met_at is not null, d.due_at, d.id";

    private final JdbcClient jdbc;
    private final DeadlineRuleCatalog rules;
    private final DanishHolidayCalendar calendar;
    private final CaseFiles caseFiles;
    private final DeadlineChronology chronology;

    Deadlines(JdbcClient jdbc, DeadlineRuleCatalog rules, DanishHolidayCalendar calendar, CaseFiles caseFiles,
            DeadlineChronology chronology) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.calendar = calendar;
        this.caseFiles = caseFiles;
        this.chronology = chronology;
    }

    /** A caseworker's open tasks, the most urgent first. */
    public List<Deadline> openForAssignee(long userId, int limit) {
        return jdbc.sql(SELECT + " where d.assignee_id = ? and d.met_at is null order by d.due_at limit ?")
                .param(userId).param(limit).query(Deadlines::map).list();
    }

    /** All deadlines of a child's cases, open first, then by due time. */
    public List<Deadline> forChild(long childId) {
        return jdbc.sql(SELECT + " where d.child_id = ?" + OPEN_FIRST).param(childId).query(Deadlines::map).list();
    }

    /** The deadlines started for one subject (e.g. a concern report), open first, then by due time. */
    public List<Deadline> forSubject(String subjectType, long subjectId) {
        return jdbc.sql(SELECT + " where d.subject_type = ? and d.subject_id = ?" + OPEN_FIRST)
                .param(subjectType).param(subjectId).query(Deadlines::map).list();
    }

    /** All deadlines of a case, open first, then by due time. */
    public List<Deadline> forCase(long caseId) {
        return jdbc.sql(SELECT + " where d.case_id = ?" + OPEN_FIRST).param(caseId).query(Deadlines::map).list();
    }

    /**
     * Starts the deadline of the rule version in force on the trigger's date (Danish time), due as
     * {@link DeadlineDuration#dueFrom} defines, and notes it in the case's chronology. Empty when the rule is not in
     * force on that date. Starting the same trigger again returns the existing deadline.
     *
     * @throws UnknownDeadlineRule when no rule has the id
     */
    @Transactional
    public Optional<Deadline> start(DeadlineTriggered trigger) {
        return ruleInForce(trigger).flatMap(rule -> insert(trigger, rule, rule.nameDa(), dueByRule(trigger, rule),
                false));
    }

    /**
     * Starts the rule's deadline like {@link #start(DeadlineTriggered)}, titled for one of several tasks the same
     * event starts, e.g. "Ring efter mødet til Jens Hansen (far)" for each parent, so the task lists tell them apart.
     */
    @Transactional
    public Optional<Deadline> start(DeadlineTriggered trigger, String title) {
        return ruleInForce(trigger).flatMap(rule -> insert(trigger, rule, title, dueByRule(trigger, rule), false));
    }

    private Instant dueByRule(DeadlineTriggered trigger, DeadlineRule rule) {
        return rule.duration().dueFrom(trigger.occurredAt().atZone(ClockConfiguration.DANISH_TIME), calendar)
                .toInstant();
    }

    /**
     * Starts the rule's deadline due at a time the caseworker chose instead of the rule's duration, e.g. the next
     * follow-up date agreed at a meeting. The deadline keeps the rule version and the trigger, so it still says
     * which rule it follows and what started it; the chronology notes that the date was chosen. Empty when the rule
     * is not in force on the trigger's date. Starting the same trigger again returns the existing deadline.
     *
     * @throws UnknownDeadlineRule when no rule has the id
     */
    @Transactional
    public Optional<Deadline> startDueAt(DeadlineTriggered trigger, Instant dueAt) {
        if (dueAt == null || !dueAt.isAfter(trigger.occurredAt())) {
            throw new IllegalArgumentException("A chosen due time must lie after the trigger, not " + dueAt);
        }
        return ruleInForce(trigger).flatMap(rule -> insert(trigger, rule, rule.nameDa(), dueAt, true));
    }

    private Optional<DeadlineRule> ruleInForce(DeadlineTriggered trigger) {
        LocalDate triggerDate = trigger.occurredAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate();
        Optional<DeadlineRule> inForce = rules.inForce(trigger.ruleId(), triggerDate);
        if (inForce.isEmpty()) {
            log.info("Deadline rule {} is not in force on {}; no deadline started", trigger.ruleId(), triggerDate);
        }
        return inForce;
    }

    private Optional<Deadline> insert(DeadlineTriggered trigger, DeadlineRule rule, String title, Instant dueAt,
            boolean chosen) {
        Optional<CaseFile> caseFile = trigger.caseId() == null ? Optional.empty()
                : Optional.of(caseFiles.caseFile(AccessScope.all(), trigger.caseId())
                        .orElseThrow(() -> new IllegalArgumentException("No case " + trigger.caseId())));
        Long childId = trigger.childId() != null ? trigger.childId() : caseFile.map(CaseFile::childId).orElse(null);
        Long assigneeId = trigger.assigneeId() != null ? trigger.assigneeId()
                : caseFile.map(CaseFile::caseworkerId).orElse(null);
        boolean inserted = jdbc.sql("""
                insert into deadline (rule_id, rule_version, title, subject_type, subject_id, case_id, child_id,
                                      assignee_id, triggered_at, due_at, escalate_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (rule_id, subject_type, subject_id, triggered_at) do nothing""")
                .param(rule.id()).param(rule.version()).param(title).param(trigger.subjectType())
                .param(trigger.subjectId()).param(trigger.caseId()).param(childId).param(assigneeId)
                .param(Timestamp.from(trigger.occurredAt())).param(Timestamp.from(dueAt))
                .param(rule.escalateTo() == null ? null : rule.escalateTo().name())
                .update() == 1;
        if (inserted && trigger.caseId() != null) {
            if (chosen) {
                chronology.startedAtChosenTime(trigger.caseId(), rule, trigger.occurredAt(), dueAt);
            } else {
                chronology.started(trigger.caseId(), rule, trigger.occurredAt(), dueAt);
            }
        }
        return jdbc.sql(SELECT + " where d.rule_id = ? and d.subject_type = ? and d.subject_id = ? and d.triggered_at = ?")
                .param(trigger.ruleId()).param(trigger.subjectType()).param(trigger.subjectId())
                .param(Timestamp.from(trigger.occurredAt())).query(Deadlines::map).optional();
    }

    /**
     * Marks the subject's open deadlines under the rule as met at {@code at}, and notes each in the case's chronology.
     * Returns how many were open; completing again changes nothing.
     *
     * @throws UnknownDeadlineRule when no rule has the id
     */
    @Transactional
    public int complete(String ruleId, String subjectType, long subjectId, Instant at) {
        rules.latest(ruleId).orElseThrow(() -> new UnknownDeadlineRule(ruleId));
        List<Met> met = jdbc.sql("""
                update deadline set met_at = ?, version = version + 1
                 where rule_id = ? and subject_type = ? and subject_id = ? and met_at is null
                returning case_id, title, due_at""")
                .param(Timestamp.from(at)).param(ruleId).param(subjectType).param(subjectId)
                .query((rs, row) -> new Met(rs.getObject("case_id", Long.class), rs.getString("title"),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
        met.stream().filter(m -> m.caseId() != null)
                .forEach(m -> chronology.met(m.caseId(), m.title(), m.dueAt(), at));
        return met.size();
    }

    /**
     * Closes an open deadline that no longer applies (e.g. the meeting it waits for was cancelled, or the case is to
     * be closed), with the caseworker's reason. The deadline leaves every work list, keeps the reason and who closed
     * it, and the case's chronology says so. The caller has checked the user's access to the deadline's case.
     *
     * @throws ValidationFailed when the reason is missing or too long, or the deadline is no longer open
     * @throws NotFound when there is no such deadline
     */
    @Transactional
    public Deadline closeAsNoLongerRelevant(long deadlineId, String reason, long actorId, Instant at) {
        Deadline deadline = jdbc.sql(SELECT + " where d.id = ?").param(deadlineId).query(Deadlines::map).optional()
                .orElseThrow(() -> new NotFound("Deadline " + deadlineId));
        FieldErrors errors = new FieldErrors().requiredText("reason", reason,
                "Skriv hvorfor fristen ikke længere er relevant.");
        if (deadline.metAt() != null) {
            errors.reject("reason", "Fristen \"" + deadline.title() + "\" er allerede lukket.");
        }
        errors.throwIfAny();
        int closed = jdbc.sql("""
                update deadline set met_at = ?, closed_reason = ?, closed_by = ?, version = version + 1
                 where id = ? and met_at is null""")
                .param(Timestamp.from(at)).param(reason.strip()).param(actorId).param(deadlineId).update();
        if (closed == 0) {
            throw new ValidationFailed(new FieldErrors().reject("reason",
                    "Fristen \"" + deadline.title() + "\" er lige blevet lukket af en anden."));
        }
        if (deadline.caseId() != null) {
            chronology.closedAsNoLongerRelevant(deadline.caseId(), deadline.title(), reason.strip(), at, actorId);
        }
        return jdbc.sql(SELECT + " where d.id = ?").param(deadlineId).query(Deadlines::map).single();
    }

    /** Moves a case's open deadlines to its new caseworker. */
    void reassignOpen(long caseId, long caseworkerId) {
        jdbc.sql("""
                update deadline set assignee_id = ?, version = version + 1
                 where case_id = ? and met_at is null and assignee_id is distinct from ?""")
                .param(caseworkerId).param(caseId).param(caseworkerId).update();
    }

    private static Deadline map(ResultSet rs, int row) throws SQLException {
        return new Deadline(rs.getLong("id"), RuleRows.map(rs), rs.getString("title"), rs.getString("subject_type"),
                rs.getLong("subject_id"),
                rs.getObject("case_id", Long.class), rs.getObject("child_id", Long.class),
                rs.getObject("assignee_id", Long.class), instant(rs, "triggered_at"), instant(rs, "due_at"),
                instant(rs, "met_at"), instant(rs, "escalated_at"), rs.getString("closed_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Met(Long caseId, String title, Instant dueAt) {
    }
}
