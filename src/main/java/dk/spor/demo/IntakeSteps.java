package dk.spor.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.demo.CaseRecords.Report;
import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;

/**
 * The case's concern reports as intake keeps them: the report that opened the case, its assessment within 24 hours
 * and the receipt to a professional reporter, and for some children a second report on the open case within six
 * months, which the live system flags as repeated concern (gentagen bekymring).
 */
final class IntakeSteps {

    private static final double SECOND_REPORT = 0.1;
    private static final Duration EARLIEST_SECOND = Duration.ofDays(14);
    private static final Duration LATEST_SECOND = Duration.ofDays(175);

    /** The second reports: who sends them and what they write. */
    private static final List<Repeat> REPEATS = List.of(
            new Repeat(ReporterType.SCHOOL, null, Channel.DIGITAL_FORM, "{navn} virker fortsat urolig og ked af det, "
                    + "og fraværet er steget den seneste måned. Vi skriver igen, fordi bekymringen ikke er mindre.",
                    List.of(ConcernCategory.CHILD_WELLBEING)),
            new Repeat(ReporterType.GENERAL_PRACTITIONER, "Lægehuset Herlev Torv", Channel.SECURE_EMAIL,
                    "Egen læge underretter efter en konsultation: {navn} har haft ondt i maven og sovet dårligt i flere "
                            + "uger, og familien beskriver en presset hverdag.",
                    List.of(ConcernCategory.CHILD_WELLBEING)),
            new Repeat(ReporterType.POLICE, "Københavns Vestegns Politi", Channel.SECURE_EMAIL,
                    "Politiet har været på adressen efter en anmeldelse om uro om aftenen. {navn} var hjemme. Der blev "
                            + "ikke rejst sigtelse, men politiet finder det rigtigt at orientere kommunen.",
                    List.of(ConcernCategory.DOMESTIC_CONFLICT)));

    /** The chronology lines of a second report: received, assessed, receipted. */
    static final int SECOND_REPORT_ENTRIES = 3;

    private final CaseStory story;
    private final CaseBrief brief;
    private final Concern concern;
    private final Phrasing text;
    private final Dice dice;
    /** Decided up front, so the follow-ups leave room for it in the chronology. */
    private final boolean secondReport;

    IntakeSteps(CaseStory story) {
        this.story = story;
        this.brief = story.brief();
        this.concern = brief.course().concern();
        this.text = story.text();
        this.dice = story.dice();
        this.secondReport = dice.chance(SECOND_REPORT);
    }

    /** Chronology lines to keep free for what comes after the course's own steps. */
    int reservedEntries() {
        return secondReport ? SECOND_REPORT_ENTRIES : 0;
    }

    /** The report that opened the case, registered by the team leader when the case was created. */
    void received(Instant registeredAt) {
        Concern.Reporter reporter = concern.reporter();
        String source = reporter == Concern.Reporter.ANONYMOUS ? null : text.fill(reporter.name);
        story.records().report(new Report(reporter.kind(), reporter.type(brief.age()),
                reporter.professional ? null : source, reporter.professional ? source : null,
                brief.course().received(), reporter.channel, text.fill(concern.received()), concern.categories(),
                brief.team().leader().id(), registeredAt));
    }

    /** The assessment within 24 hours: no acute danger in the demo's stories. */
    void assessed(Instant at) {
        boolean inTime = !at.isAfter(brief.course().received().plus(Duration.ofHours(24)));
        String reasons = text.fill((inTime ? "Vurderet inden for 24 timer: " : "Vurderet efter fristen på 24 timer: ")
                + "der er ikke akut fare for {navn}s sundhed eller udvikling. Sagen går videre til screening.");
        story.records().reports.get(0).assessed(at, story.actor(), reasons);
        story.add(at, "intake.assessed", "Underretning vurderet: ikke akut fare", reasons);
    }

    void receiptConfirmed(boolean current) {
        Instant at = story.step(current, CaseStory.days(1), CaseStory.days(5), "intake.receipt",
                "Kvittering sendt til underretter", "Kvittering sendt til " + text.fill(concern.reporter().name)
                        + ". Underretter får besked, når der er taget stilling til, om der iværksættes en "
                        + "undersøgelse eller støtte.");
        if (at != null) {
            story.records().reports.get(0).receiptConfirmed(at, story.actor());
        }
    }

    /** For about one case in ten, a second report while it is open, before {@code end} (now, or its closing). */
    void secondReport(Instant end) {
        if (!secondReport || story.entryCount() > CaseStory.MAX_ENTRIES) {
            return; // a long course has no room for it in the chronology
        }
        Instant first = brief.course().received();
        // Late enough after the first, and early enough that it is assessed and receipted before the end.
        Instant latest = min(first.plus(LATEST_SECOND), end.minus(Duration.ofDays(6)));
        Instant earliest = first.plus(EARLIEST_SECOND);
        if (!latest.isAfter(earliest)) {
            return;
        }
        Repeat repeat = dice.pick(REPEATS);
        ReporterType type = repeat.type == ReporterType.SCHOOL && brief.age() < 6 ? ReporterType.DAYCARE : repeat.type;
        String organisation = repeat.organisation == null ? text.value("skole") : repeat.organisation;
        Instant received = inOfficeHours(earliest.plus(dice.between(Duration.ZERO, Duration.between(earliest, latest))));
        long actor = story.actor();
        Report report = story.records().report(new Report(ReportKind.CONCERN_REPORT, type, null, organisation,
                received, repeat.channel, text.fill(repeat.content), repeat.categories, actor,
                received.plus(Duration.ofMinutes(dice.between(5, 90)))));
        story.recordBySystem(received, "intake.received", "Underretning modtaget fra " + type.danishLabel() + ", "
                + organisation, report.content);
        Instant assessed = received.plus(dice.between(Duration.ofHours(1), Duration.ofHours(20)));
        String reasons = text.fill("Ikke akut fare for {navn}. Underretningen ses i sammenhæng med den tidligere "
                + "og indgår i sagens videre forløb.");
        report.assessed(assessed, actor, reasons);
        story.add(assessed, "intake.assessed", "Underretning vurderet: ikke akut fare", reasons);
        Instant receipt = assessed.plus(dice.between(Duration.ofHours(20), Duration.ofDays(4)));
        report.receiptConfirmed(receipt, actor);
        story.add(receipt, "intake.receipt", "Kvittering sendt til underretter", "Kvittering sendt til "
                + organisation + ".");
    }

    /** Professionals write in office hours on working days. */
    private Instant inOfficeHours(Instant around) {
        LocalDate date = around.atZone(story.zone()).toLocalDate();
        while (!DanishWorkingDays.isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        return date.atTime(8, 0).plusMinutes(dice.between(0, 420)).atZone(story.zone()).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Repeat(ReporterType type, String organisation, Channel channel, String content,
            List<ConcernCategory> categories) {
    }
}
