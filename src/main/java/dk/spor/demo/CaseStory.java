package dk.spor.demo;

import static dk.spor.casefile.CasePhase.CHILD_INVESTIGATION;
import static dk.spor.casefile.CasePhase.CLOSED;
import static dk.spor.casefile.CasePhase.DECISION;
import static dk.spor.casefile.CasePhase.EARLY_SUPPORT;
import static dk.spor.casefile.CasePhase.FOCUSED_ASSESSMENT;
import static dk.spor.casefile.CasePhase.INTERVENTION;
import static dk.spor.casefile.CasePhase.NOTIFICATION_RECEIVED;
import static dk.spor.casefile.CasePhase.SCREENING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.spor.casefile.CasePhase;

/**
 * Tells one case as its chronology: each phase of the course adds what a caseworker records in it, in order and
 * in Danish, and the deadlines follow from the same events (met when the event that meets them happened).
 * A phase the case is in now only gets the steps there has been time for.
 */
final class CaseStory {

    static final int MAX_ENTRIES = 25;
    private static final Map<CasePhase, Double> NOMINAL_DAYS = Map.of(NOTIFICATION_RECEIVED, 0.5, SCREENING, 19.0,
            FOCUSED_ASSESSMENT, 25.0, CHILD_INVESTIGATION, 85.0, DECISION, 15.0, EARLY_SUPPORT, 12.0,
            INTERVENTION, 20.0);

    private final Dice dice;
    private final ZoneId zone;
    private final CaseBrief brief;
    private final CaseCourse course;
    private final Phrasing text;
    private final Timeline timeline;
    private final CaseDeadlines deadlines;
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
        this.timeline = new Timeline(dice, zone, course.received(), course.limit(), pace(course));
        this.deadlines = new CaseDeadlines(zone, course,
                brief.caseworker() == null ? null : brief.caseworker().id());
    }

    DemoCase tell() {
        CasePhase previous = null;
        List<CasePhase> route = course.route();
        for (int i = 0; i < route.size(); i++) {
            CasePhase phase = route.get(i);
            boolean current = !course.isClosed() && i == route.size() - 1;
            halted = false;
            switch (phase) {
                case NOTIFICATION_RECEIVED -> notification(current);
                case SCREENING -> screening(current);
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
            case FOCUSED_ASSESSMENT -> focusedAssessment(current);
            case CHILD_INVESTIGATION -> investigation(current);
            case DECISION -> step(current, days(3), days(10), "decision.submitted",
                    "Indstilling sendt til faglig leder", "Indstilling om " + course.intervention().description
                            + " forelagt " + brief.team().leader().fullName() + " til godkendelse.");
            case EARLY_SUPPORT -> earlySupport(current);
            case INTERVENTION -> intervention(current);
            default -> throw new IllegalArgumentException("No work in " + phase);
        }
    }

    private void notification(boolean current) {
        record(null, course.received(), "intake.received", text.fill(course.concern().reporter().title),
                text.fill(course.concern().received()));
        openedAt = timeline.nextAnyTime(Duration.ofMinutes(1), Duration.ofMinutes(20));
        record(null, openedAt, "casefile.opened", "Sag oprettet", "Fase: " + NOTIFICATION_RECEIVED.danishLabel());
        if (current || brief.earlierCaseClosed() != null) {
            add(timeline.next(Duration.ofMinutes(10), Duration.ofHours(3)), "intake.reviewed",
                    "Tidligere underretninger gennemgået", StoryTexts.earlierCases(text, brief.earlierCaseClosed(), zone));
        }
        if (current && course.concern().reporter().professional && dice.chance(0.4)) {
            step(true, Duration.ofHours(1), Duration.ofHours(6), "contact.call", "Opkald fra underretter",
                    "Underretter uddyber bekymringen og oplyser, at forældrene er orienteret om underretningen.");
        }
        if (current && brief.caseworker() != null) {
            assign(true);
        }
    }

    private void screening(boolean current) {
        boolean late = dice.chance(0.1);
        Instant assessed = timeline.next(Duration.ofHours(late ? 25 : 1), Duration.ofHours(late ? 50 : 20));
        deadlines.assessed(assessed);
        add(assessed, "intake.assessed", "Underretningen vurderet", text.fill(
                "Vurderet inden for 24 timer: der er ikke akut fare for {navn}s sundhed eller udvikling. Sagen går videre til screening."));
        if (brief.caseworker() == null || !assign(current)) {
            return; // waits in the team's intake for a caseworker
        }
        if (course.concern().reporter().professional) {
            Instant receipt = step(current, days(1), days(5), "intake.receipt-confirmed",
                    "Modtagelse kvitteret over for underretter", "Kvittering sendt til "
                            + text.fill(course.concern().reporter().name) + ". Underretter får besked, når der er taget stilling til, om der iværksættes en undersøgelse eller støtte.");
            deadlines.receiptConfirmed(receipt);
        }
        if (dice.chance(0.5)) {
            step(current, days(1), days(3), "contact.call", text.fill("Telefonsamtale med {mor}"),
                    text.fill("{mor} er orienteret om underretningen og har sagt ja til at komme til en samtale."));
        }
        step(current, days(2), days(7), "meeting.held", "Samtale med " + text.value("forældrene"),
                text.fill(course.concern().parentTalk()));
        childsVoice(current, days(1), days(7));
    }

    private void focusedAssessment(boolean current) {
        String source = text.value("skole");
        step(current, days(1), days(5), "contact.info-request", "Oplysninger indhentet fra " + source,
                text.fill("Formål: at belyse {navn}s trivsel og udvikling. Svarfrist: ")
                        + StoryTexts.date(timeline.last().plus(days(10)), zone) + ".");
        step(current, days(5), days(14), "contact.info-received", "Udtalelse modtaget fra " + source,
                StoryTexts.statement(text, source, dice));
    }

    private void investigation(boolean current) {
        step(current, days(2), days(7), "contact.info-request", "Oplysninger indhentet til undersøgelsen",
                "Udtalelser bedt om fra " + text.value("skole") + ", egen læge og PPR. Svarfrist: "
                        + StoryTexts.date(timeline.last().plus(days(14)), zone) + ".");
        if (brief.age() >= 6) {
            step(current, days(7), days(20), "meeting.held", text.fill("Samtale med {navn} alene"),
                    StoryTexts.wish(text, dice));
        } else {
            childsVoice(current, days(7), days(20));
        }
        step(current, days(7), days(20), "contact.info-received", "Udtalelser modtaget",
                "Udtalelserne bekræfter billedet fra underretningen og beskriver, hvad der går godt.");
        if (dice.chance(0.6)) {
            step(current, days(7), days(20), "meeting.held", "Netværksmøde", text.fill("Deltagere: "
                    + StoryTexts.participants(text, brief.age(), "netværket", text.value("skole"))
                    + ". Netværket aftalte, hvem der gør hvad, når {navn} har brug for hjælp."));
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

    /** The conversation with the child alone, or for the youngest an observation. */
    private void childsVoice(boolean current, Duration min, Duration max) {
        String talk = course.concern().childTalk();
        if (brief.age() >= 4 && talk != null) {
            step(current, min, max, "meeting.held", text.fill("Samtale med {navn} alene"), text.fill(talk));
        } else {
            step(current, min, max, "contact.observation", text.fill("Observation af {navn}"),
                    StoryTexts.observation(text, brief.age(), dice));
        }
    }

    /** Returns false when there was no time to assign the case yet. */
    private boolean assign(boolean current) {
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
        record(assigned ? brief.caseworker().id() : brief.team().leader().id(), at, kind, title, detail);
    }

    private void record(Long actor, Instant at, String kind, String title, String detail) {
        entries.add(new DemoCase.Entry(at, kind, title, detail, actor));
    }

    String provider() {
        Intervention intervention = course.intervention();
        return intervention.provider == null ? null : brief.unit().providers().get(intervention.provider).name();
    }

    int entryCount() {
        return entries.size();
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

    /** Shrinks the nominal durations of the completed phases so that they fit between the report and the limit. */
    private static double pace(CaseCourse course) {
        List<CasePhase> route = course.route();
        List<CasePhase> completed = route.subList(0, route.size() - 1);
        double nominal = completed.stream().mapToDouble(NOMINAL_DAYS::get).sum();
        CasePhase lastWorked = course.isClosed() ? route.get(route.size() - 2) : course.phase();
        double reserve = !course.isClosed() ? 0.25 : lastWorked == INTERVENTION || lastWorked == EARLY_SUPPORT ? 0.4 : 0.1;
        double available = Duration.between(course.received(), course.target()).toMinutes() / 1440.0 * (1 - reserve);
        return nominal == 0 ? 1 : Math.min(1, available / nominal);
    }

    static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
