package dk.spor.demo;

import static dk.spor.casefile.CasePhase.NOTIFICATION_RECEIVED;
import static dk.spor.demo.CaseStory.days;

import java.time.Duration;
import java.time.Instant;

/**
 * What a caseworker records from the report until the child's needs are clear: the report and its assessment
 * within 24 hours, the conversations of the screening, the information gathered in a focused assessment or a
 * child investigation (børnefaglig undersøgelse).
 */
final class AssessmentSteps {

    private final CaseStory story;
    private final CaseBrief brief;
    private final CaseCourse course;
    private final Phrasing text;
    private final Dice dice;

    AssessmentSteps(CaseStory story) {
        this.story = story;
        this.brief = story.brief();
        this.course = brief.course();
        this.text = story.text();
        this.dice = story.dice();
    }

    void notification(boolean current) {
        story.recordBySystem(course.received(), "intake.received", text.fill(course.concern().reporter().title),
                text.fill(course.concern().received()));
        Instant opened = story.timeline().nextAnyTime(Duration.ofMinutes(1), Duration.ofMinutes(20));
        story.opened(opened);
        story.recordBySystem(opened, "casefile.opened", "Sag oprettet", "Fase: " + NOTIFICATION_RECEIVED.danishLabel());
        if (current || brief.earlierCaseClosed() != null) {
            story.add(story.timeline().next(Duration.ofMinutes(10), Duration.ofHours(3)), "intake.reviewed",
                    "Tidligere underretninger gennemgået",
                    StoryTexts.earlierCases(text, brief.earlierCaseClosed(), story.zone()));
        }
        if (current && course.concern().reporter().professional && dice.chance(0.4)) {
            story.step(true, Duration.ofHours(1), Duration.ofHours(6), "contact.call", "Opkald fra underretter",
                    "Underretter uddyber bekymringen og oplyser, at forældrene er orienteret om underretningen.");
        }
        if (current && brief.caseworker() != null) {
            story.assign(true);
        }
    }

    void screening(boolean current) {
        boolean slow = dice.chance(0.1);
        Instant assessed = story.timeline().next(Duration.ofHours(slow ? 25 : 1), Duration.ofHours(slow ? 50 : 20));
        story.deadlines().assessed(assessed);
        boolean inTime = !assessed.isAfter(course.received().plus(Duration.ofHours(24)));
        story.add(assessed, "intake.assessed", "Underretningen vurderet", text.fill((inTime
                ? "Vurderet inden for 24 timer: " : "Vurderet efter fristen på 24 timer: ")
                + "der er ikke akut fare for {navn}s sundhed eller udvikling. Sagen går videre til screening."));
        if (brief.caseworker() == null || !story.assign(current)) {
            return; // waits in the team's intake for a caseworker
        }
        if (course.concern().reporter().professional) {
            story.deadlines().receiptConfirmed(story.step(current, days(1), days(5), "intake.receipt-confirmed",
                    "Modtagelse kvitteret over for underretter", "Kvittering sendt til "
                            + text.fill(course.concern().reporter().name) + ". Underretter får besked, når der er "
                            + "taget stilling til, om der iværksættes en undersøgelse eller støtte."));
        }
        if (dice.chance(0.5)) {
            story.step(current, days(1), days(3), "contact.call", text.fill("Telefonsamtale med {mor}"),
                    text.fill("{mor} er orienteret om underretningen og har sagt ja til at komme til en samtale."));
        }
        story.step(current, days(2), days(7), "meeting.held", "Samtale med " + text.value("forældrene"),
                text.fill(course.concern().parentTalk()));
        childsVoice(current, days(1), days(7));
    }

    void focusedAssessment(boolean current) {
        String source = text.value("skole");
        story.step(current, days(1), days(5), "contact.info-request", "Oplysninger indhentet fra " + source,
                text.fill("Formål: at belyse {navn}s trivsel og udvikling. Svarfrist: ") + replyBy(10) + ".");
        story.step(current, days(5), days(14), "contact.info-received", "Udtalelse modtaget fra " + source,
                StoryTexts.statement(text, source, dice));
    }

    void investigation(boolean current) {
        story.step(current, days(2), days(7), "contact.info-request", "Oplysninger indhentet til undersøgelsen",
                "Udtalelser bedt om fra " + text.value("skole") + ", egen læge og PPR. Svarfrist: " + replyBy(14) + ".");
        if (brief.age() >= 6) {
            story.step(current, days(7), days(20), "meeting.held", text.fill("Samtale med {navn} alene"),
                    StoryTexts.wish(text, dice));
        } else {
            childsVoice(current, days(7), days(20));
        }
        story.step(current, days(7), days(20), "contact.info-received", "Udtalelser modtaget",
                "Udtalelserne bekræfter billedet fra underretningen og beskriver, hvad der går godt.");
        if (dice.chance(0.6)) {
            story.step(current, days(7), days(20), "meeting.held", "Netværksmøde", text.fill("Deltagere: "
                    + StoryTexts.participants(text, brief.age(), "netværket", text.value("skole"))
                    + ". Netværket aftalte, hvem der gør hvad, når {navn} har brug for hjælp."));
        }
    }

    /** The conversation with the child alone, or for the youngest an observation. */
    private void childsVoice(boolean current, Duration min, Duration max) {
        String talk = course.concern().childTalk();
        if (brief.age() >= 4 && talk != null) {
            story.step(current, min, max, "meeting.held", text.fill("Samtale med {navn} alene"), text.fill(talk));
        } else {
            story.step(current, min, max, "contact.observation", text.fill("Observation af {navn}"),
                    StoryTexts.observation(text, brief.age(), dice));
        }
    }

    private String replyBy(int days) {
        return StoryTexts.date(story.timeline().last().plus(days(days)), story.zone());
    }
}
