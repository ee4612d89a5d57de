package dk.spor.demo;

import static dk.spor.casefile.CasePhase.CLOSED;
import static dk.spor.casefile.CasePhase.FOCUSED_ASSESSMENT;
import static dk.spor.casefile.CasePhase.SCREENING;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.spor.assessment.InvestigationKind;
import dk.spor.casefile.CasePhase;

/**
 * Tells one case as its chronology: each phase of the course adds what a caseworker records in it, in order and
 * in Danish, with the records the intake, assessment and decision modules keep of it, and the deadlines follow
 * from the same events (met when the event that meets them happened).
 * A phase the case is in now only gets the steps there has been time for.
 */
final class CaseStory {

    static final int MAX_ENTRIES = 25;

    private final Dice dice;
    private final ZoneId zone;
    private final CaseBrief brief;
    private final CaseCourse course;
    private final Phrasing text;
    private final Timeline timeline;
    private final CaseDeadlines deadlines;
    private final IntakeSteps intake;
    private final AssessmentSteps assessment;
    private final DecisionSteps decisions;
    private final CaseRecords records = new CaseRecords();
    private final List<DemoCase.Entry> entries = new ArrayList<>();
    private boolean assigned;
    private boolean halted;
    private Instant openedAt;
    private String closingReason;

    CaseStory(Dice dice, ZoneId zone, CaseBrief brief) {
        this.dice = dice;
        this.zone = zone;
        this.brief = brief;
        this.course = brief.course();
        this.text = brief.phrasing();
        this.timeline = new Timeline(dice, zone, course.received(), course.limit(), course.pace());
        this.deadlines = new CaseDeadlines(zone, brief.caseworker() == null ? null : brief.caseworker().id());
        this.intake = new IntakeSteps(this);
        this.assessment = new AssessmentSteps(this, intake);
        this.decisions = new DecisionSteps(this, assessment);
    }

    DemoCase tell() {
        CasePhase previous = null;
        List<CasePhase> route = course.route();
        for (int i = 0; i < route.size(); i++) {
            CasePhase phase = route.get(i);
            boolean current = !course.isClosed() && i == route.size() - 1;
            halted = false;
            switch (phase) {
                case NOTIFICATION_RECEIVED -> assessment.notification(current);
                // The demo's screening story starts with the initial conversations.
                case INITIAL_CONVERSATIONS, SCREENING -> assessment.screening(current);
                case CLOSED -> close(previous);
                default -> {
                    conclude(previous, phase);
                    work(phase, current);
                }
            }
            previous = phase;
        }
        Instant closedAt = course.isClosed() ? timeline.last() : null;
        intake.secondReport(closedAt == null ? timeline.limit() : closedAt);
        entries.sort(Comparator.comparing(DemoCase.Entry::occurredAt));
        return new DemoCase(brief.child(), brief.team().id(), brief.caseworker() == null ? null : brief.caseworker().id(),
                course.phase(), course.received().atZone(zone).toLocalDate(), openedAt, closedAt,
                closingReason, List.copyOf(entries), deadlines.all(records), records);
    }

    private void work(CasePhase phase, boolean current) {
        switch (phase) {
            case FOCUSED_ASSESSMENT -> assessment.focusedAssessment(current);
            case CHILD_INVESTIGATION -> assessment.investigation(current);
            case DECISION -> step(current, days(3), days(10), "decision.submitted",
                    "Indstilling sendt til faglig leder", "Indstilling om " + course.intervention().description
                            + " forelagt " + brief.team().leader().fullName() + " til godkendelse.");
            case EARLY_SUPPORT -> earlySupport(current);
            case INTERVENTION -> intervention(current);
            default -> throw new IllegalArgumentException("No work in " + phase);
        }
    }

    private void earlySupport(boolean current) {
        Instant start = step(current, days(3), days(10), "meeting.held", "Opstartsmøde", "Deltagere: "
                + StoryTexts.participants(text, brief.age(), text.value("familiehuset"), "rådgiveren")
                + ". Forløbet er planlagt, og første opfølgning er aftalt.");
        if (start != null) {
            new FollowUps(this, start, true).hold(current);
        }
    }

    private void intervention(boolean current) {
        Intervention intervention = course.intervention();
        if (intervention != Intervention.COMPENSATION) {
            Instant plan = step(current, days(5), days(20), "decision.plan",
                    brief.age() >= 16 ? "Ungeplan udarbejdet" : "Barnets plan udarbejdet",
                    text.fill("Mål: " + course.concern().goal() + ". Planen er udarbejdet sammen med "
                            + StoryTexts.participants(text, brief.age()) + "."));
            deadlines.planMade(plan);
        }
        Instant start = intervention.provider == null
                ? step(current, days(3), days(10), "decision.implemented", "Bevilling iværksat",
                        "Udbetalingen er sat i gang og følges op hver tredje måned.")
                : step(current, days(3), days(14), "meeting.held", "Opstartsmøde med " + provider(),
                        "Deltagere: " + StoryTexts.participants(text, brief.age(), provider(), "rådgiveren")
                                + ". Formålet og den første opfølgning er aftalt.");
        if (start != null) {
            new FollowUps(this, start, false).hold(current);
        }
    }

    /** The step that ends {@code from} and leads the case into {@code to}. */
    private void conclude(CasePhase from, CasePhase to) {
        switch (from) {
            case SCREENING -> assessment.screened(timeline.next(days(2), days(7)), to, closingReason);
            case FOCUSED_ASSESSMENT -> {
                if (to == CasePhase.CHILD_INVESTIGATION) {
                    assessment.escalate(timeline.next(days(3), days(10)));
                } else {
                    assessment.completeInvestigation(timeline.next(days(3), days(10)), to, closingReason);
                }
            }
            case CHILD_INVESTIGATION -> assessment.completeInvestigation(timeline.next(days(10), days(30)), to,
                    closingReason);
            case DECISION -> decisions.intervention(timeline.next(days(3), days(14)), provider());
            default -> throw new IllegalArgumentException("Nothing concludes " + from);
        }
        switch (to) {
            case FOCUSED_ASSESSMENT -> assessment.startInvestigation(timeline.next(Duration.ZERO, days(2)),
                    InvestigationKind.FOCUSED_ASSESSMENT, text.fill(
                            "Afdækningen skal belyse, hvordan {navn} har det i hverdagen, og om der er brug for støtte."));
            case CHILD_INVESTIGATION -> {
                Instant at = timeline.next(Duration.ZERO, days(3));
                if (from != FOCUSED_ASSESSMENT) {
                    Instant due = deadlines.investigationDue(course.received().atZone(zone).toLocalDate());
                    assessment.startInvestigation(at, InvestigationKind.CHILD_INVESTIGATION, "Undersøgelsen følger "
                            + "ICS-trekanten og skal være afsluttet senest " + StoryTexts.date(due, zone) + ".");
                }
                decisions.childInvestigation(at);
            }
            case EARLY_SUPPORT -> decisions.earlySupport(timeline.next(days(2), days(10)));
            default -> { }
        }
    }

    private void close(CasePhase previous) {
        StoryTexts.Closing closing = StoryTexts.closing(text, course, brief.age(), dice);
        closingReason = closing.reason();
        if (previous == SCREENING || previous == FOCUSED_ASSESSMENT) {
            conclude(previous, CLOSED);
        }
        add(timeline.next(days(2), days(10)), "casefile.closed", "Sag lukket", closing.detail());
    }

    /** Returns false when there was no time to assign the case yet. */
    boolean assign(boolean current) {
        Instant at = step(current, Duration.ZERO, days(2), "casefile.assigned", "Sag fordelt",
                "Rådgiver: " + brief.caseworker().fullName());
        assigned = at != null;
        return assigned;
    }

    /**
     * One step of a phase's own work. A completed phase has all its steps; the phase the case is in now stops at
     * the first step there has not yet been time for.
     */
    Instant step(boolean current, Duration min, Duration max, String kind, String title, String detail) {
        Instant at = halted ? null : current ? timeline.nextIfBeforeLimit(min, max) : timeline.next(min, max);
        if (at == null) {
            halted = true;
            return null;
        }
        add(at, kind, title, detail);
        return at;
    }

    /** Until the case is assigned, the team leader acts on it (reviews the intake, assigns it). */
    void add(Instant at, String kind, String title, String detail) {
        entries.add(new DemoCase.Entry(at, kind, title, detail, actor()));
    }

    /** What the system records by itself: the report as it came in, the case it opened. */
    void recordBySystem(Instant at, String kind, String title, String detail) {
        entries.add(new DemoCase.Entry(at, kind, title, detail, null));
    }

    /** Who acts on the case now: the team leader until it is assigned, then the caseworker. */
    long actor() {
        return assigned ? brief.caseworker().id() : brief.team().leader().id();
    }

    CaseRecords records() {
        return records;
    }

    void opened(Instant at) {
        openedAt = at;
    }

    String provider() {
        Intervention intervention = course.intervention();
        return intervention.provider == null ? null : brief.unit().providers().get(intervention.provider).name();
    }

    /** The lines so far, and those kept free for a second report. */
    int entryCount() {
        return entries.size() + intake.reservedEntries();
    }

    Phrasing text() {
        return text;
    }

    Dice dice() {
        return dice;
    }

    ZoneId zone() {
        return zone;
    }

    Timeline timeline() {
        return timeline;
    }

    CaseBrief brief() {
        return brief;
    }

    CaseDeadlines deadlines() {
        return deadlines;
    }

    static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
