package dk.spor.demo;

import static dk.spor.casefile.CasePhase.CLOSED;
import static dk.spor.casefile.CasePhase.FOCUSED_ASSESSMENT;
import static dk.spor.casefile.CasePhase.SCREENING;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.spor.casefile.CasePhase;

/**
 * Tells one case as its chronology: each phase of the course adds what a caseworker records in it, in order and
 * in Danish, and the deadlines follow from the same events (met when the event that meets them happened).
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
    private final AssessmentSteps assessment;
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
        this.deadlines = new CaseDeadlines(zone, course,
                brief.caseworker() == null ? null : brief.caseworker().id());
        this.assessment = new AssessmentSteps(this);
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
        return new DemoCase(brief.child(), brief.team().id(), brief.caseworker() == null ? null : brief.caseworker().id(),
                course.phase(), course.received().atZone(zone).toLocalDate(), openedAt, closedAt,
                closingReason, List.copyOf(entries),
                deadlines.all());
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
            Instant plan = step(current, days(5), days(20), "plan.created",
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
        Instant at;
        switch (from) {
            case SCREENING -> {
                at = timeline.next(days(2), days(7));
                add(at, "assessment.screening", "Screening afsluttet", StoryTexts.conclusion(text, course, to));
            }
            case FOCUSED_ASSESSMENT -> {
                at = timeline.next(days(3), days(10));
                add(at, "assessment.focused-completed", "Afdækning afsluttet", StoryTexts.conclusion(text, course, to));
            }
            case CHILD_INVESTIGATION -> {
                at = timeline.next(days(10), days(30));
                deadlines.investigationCompleted(at);
                add(at, "assessment.investigation-completed", "Børnefaglig undersøgelse afsluttet",
                        text.fill("Konklusion: " + course.concern().finding()) + " Der er behov for "
                                + course.intervention().description + ".");
            }
            case DECISION -> {
                at = timeline.next(days(3), days(14));
                deadlines.decided(at);
                add(at, "decision.made", "Afgørelse: " + course.intervention().title,
                        StoryTexts.decision(text, course, brief.age(), provider()));
            }
            default -> throw new IllegalArgumentException("Nothing concludes " + from);
        }
        switch (to) {
            case FOCUSED_ASSESSMENT -> add(timeline.next(Duration.ZERO, days(2)), "assessment.focused-started",
                    "Afdækning påbegyndt", text.fill(
                            "Afdækningen skal belyse, hvordan {navn} har det i hverdagen, og om der er brug for støtte."));
            case CHILD_INVESTIGATION -> add(timeline.next(Duration.ZERO, days(3)), "assessment.investigation-started",
                    "Børnefaglig undersøgelse påbegyndt", "Undersøgelsen følger ICS-trekanten og skal være afsluttet senest "
                            + StoryTexts.date(deadlines.investigationDue(), zone) + ".");
            case EARLY_SUPPORT -> add(timeline.next(days(2), days(10)), "decision.made",
                    "Tidlig forebyggende indsats iværksat", text.fill("Indsats efter barnets lov § 30: "
                            + course.concern().earlySupport() + ". Formål: " + course.concern().goal() + "."));
            default -> { }
        }
    }

    private void close(CasePhase previous) {
        if (previous == SCREENING || previous == FOCUSED_ASSESSMENT) {
            conclude(previous, CLOSED);
        }
        StoryTexts.Closing closing = StoryTexts.closing(text, course, brief.age(), dice);
        closingReason = closing.reason();
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
        entries.add(new DemoCase.Entry(at, kind, title, detail,
                assigned ? brief.caseworker().id() : brief.team().leader().id()));
    }

    /** What the system records by itself: the report as it came in, the case it opened. */
    void recordBySystem(Instant at, String kind, String title, String detail) {
        entries.add(new DemoCase.Entry(at, kind, title, detail, null));
    }

    void opened(Instant at) {
        openedAt = at;
    }

    String provider() {
        Intervention intervention = course.intervention();
        return intervention.provider == null ? null : brief.unit().providers().get(intervention.provider).name();
    }

    int entryCount() {
        return entries.size();
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
