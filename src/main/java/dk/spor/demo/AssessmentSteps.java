package dk.spor.demo;

import static dk.spor.casefile.CasePhase.NOTIFICATION_RECEIVED;
import static dk.spor.demo.CaseStory.days;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.assessment.AssessmentContext;
import dk.spor.assessment.AssessmentOutcome;
import dk.spor.assessment.ConversationKind;
import dk.spor.assessment.InvestigationKind;
import dk.spor.assessment.ScreeningOutcome;
import dk.spor.casefile.CasePhase;
import dk.spor.demo.CaseRecords.Inquiry;
import dk.spor.demo.CaseRecords.Request;

/**
 * What a caseworker records from the report until the child's needs are clear: the report and its assessment
 * within 24 hours, the conversations and the written assessment of the screening, and the afdækning or child
 * investigation (børnefaglig undersøgelse) with its plan, ICS sections, information requests, conclusion and the
 * socialfaglig vurdering after it. Each step is a chronology line and the record the assessment module keeps.
 */
final class AssessmentSteps {

    /** Current investigations where one reply is still awaited, often past its deadline. */
    private static final double REPLY_MISSING = 0.4;

    private final CaseStory story;
    private final CaseBrief brief;
    private final CaseCourse course;
    private final Phrasing text;
    private final Dice dice;
    private final IntakeSteps intake;
    private boolean childHeard;

    AssessmentSteps(CaseStory story, IntakeSteps intake) {
        this.story = story;
        this.brief = story.brief();
        this.course = brief.course();
        this.text = story.text();
        this.dice = story.dice();
        this.intake = intake;
    }

    void notification(boolean current) {
        story.recordBySystem(course.received(), "intake.received", text.fill(course.concern().reporter().title),
                text.fill(course.concern().received()));
        Instant opened = story.timeline().nextAnyTime(Duration.ofMinutes(1), Duration.ofMinutes(20));
        story.opened(opened);
        intake.received(opened);
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
        intake.assessed(story.timeline().next(Duration.ofHours(slow ? 25 : 1), Duration.ofHours(slow ? 50 : 20)));
        if (brief.caseworker() == null || !story.assign(current)) {
            return; // waits in the team's intake for a caseworker
        }
        if (course.concern().reporter().professional) {
            intake.receiptConfirmed(current);
        }
        if (dice.chance(0.5)) {
            story.step(current, days(1), days(3), "contact.call", text.fill("Telefonsamtale med {mor}"),
                    text.fill("{mor} er orienteret om underretningen og har sagt ja til at komme til en samtale."));
        }
        String parentTalk = text.fill(course.concern().parentTalk());
        conversation(story.step(current, days(2), days(7), "assessment.conversation",
                "Samtale med " + text.value("forældrene"), parentTalk), ConversationKind.PARENTS,
                text.value("forældrene") + " og rådgiveren", null, parentTalk);
        childsVoice(current, days(1), days(7));
    }

    /** The screening's written assessment, which sends the case on to {@code next}. */
    void screened(Instant at, CasePhase next, String closingReason) {
        String conclusion = StoryTexts.conclusion(text, course, next);
        story.add(at, "assessment.screening", "Screening afsluttet", conclusion);
        Concern.Reporter reporter = course.concern().reporter();
        String considered = (reporter == Concern.Reporter.ANONYMOUS ? "Den anonyme underretning"
                : "Underretningen fra " + text.fill(reporter.name)) + ", samtalen med " + text.value("forældrene") + (childHeard ? " og samtalen med " + text.value("navn")
                        : "");
        String weighted = text.fill("Der er lagt vægt på underretningens beskrivelse, forældrenes egen vurdering"
                + (childHeard ? " og {navn}s egne ord" : "") + ". " + course.concern().finding());
        CaseRecords.Views views = views();
        story.records().screenings.add(new CaseRecords.Screening(considered, weighted, conclusion, outcome(next),
                views.child(), text.fill(course.concern().parentTalk()), closingReason, story.actor(), at));
    }

    void focusedAssessment(boolean current) {
        Request request = request(current, days(1), days(5), 10, "Formål: at belyse {navn}s trivsel og udvikling.",
                null);
        String source = request == null ? null : request.recipientName;
        reply(current, request, days(5), days(14), "Udtalelse modtaget fra " + source,
                StoryTexts.statement(text, text.value("skole"), dice));
        sections();
    }

    void investigation(boolean current) {
        Request school = request(current, days(2), days(7), 14,
                "Formål: at belyse {navn}s udvikling og trivsel til den børnefaglige undersøgelse.", "egen læge og PPR");
        // Sent together with the request to the school; one chronology line tells all three.
        List<Request> more = school == null ? List.of() : List.of(
                send(school, "HEALTH", "Egen læge", "Formål: at belyse {navn}s helbred og udvikling."),
                send(school, "OTHER", "PPR", "Formål: at få PPR's vurdering af {navn}s udvikling og behov."));
        if (brief.age() >= 6) {
            conversation(story.step(current, days(7), days(20), "assessment.conversation",
                    text.fill("Samtale med {navn} alene"), StoryTexts.wish(text, dice)), ConversationKind.CHILD_ALONE,
                    text.value("navn") + " og rådgiveren", text.fill("Jeg vil gerne have, at det bliver bedre derhjemme."),
                    "Samtale under den børnefaglige undersøgelse.");
        } else {
            childsVoice(current, days(7), days(20));
        }
        boolean missing = school != null && current && dice.chance(REPLY_MISSING);
        Instant replies = reply(current, school, days(7), days(20), missing ? "Udtalelser modtaget fra "
                + school.recipientName + " og egen læge" : "Udtalelser modtaget",
                (missing ? "Svaret fra PPR mangler. " : "")
                        + "Udtalelserne bekræfter billedet fra underretningen og beskriver, hvad der går godt.");
        for (int i = 0; replies != null && i < more.size() - (missing ? 1 : 0); i++) {
            more.get(i).replied(date(replies), "Udtalelsen bekræfter billedet fra underretningen.", story.actor());
        }
        if (dice.chance(0.6)) {
            String participants = StoryTexts.participants(text, brief.age(), "netværket", text.value("skole"));
            String summary = text.fill("Deltagere: " + participants
                    + ". Netværket aftalte, hvem der gør hvad, når {navn} har brug for hjælp.");
            conversation(story.step(current, days(7), days(20), "assessment.conversation", "Netværksmøde", summary),
                    ConversationKind.NETWORK, participants, null, summary);
        }
        sections();
    }

    /** The afdækning or BFU starts; the plan is written the same day. */
    void startInvestigation(Instant at, InvestigationKind kind, String reason) {
        boolean bfu = kind == InvestigationKind.CHILD_INVESTIGATION;
        LocalDate awareness = brief.course().received().atZone(story.zone()).toLocalDate();
        LocalDate expected = bfu ? awareness.plusMonths(4) : date(at).plusWeeks(6);
        story.records().investigation(new Inquiry(kind, awareness, reason, story.actor(), at, new CaseRecords.Plan(
                RecordTexts.planPurpose(text, bfu), RecordTexts.planQuestions(text, course.concern()),
                RecordTexts.planSources(text, bfu), expected)));
        story.add(at, "assessment.investigation.started", kind.danishLabel() + " startet", reason);
    }

    /** The afdækning shows more than assumed and is widened to a BFU: the same investigation, a new clock. */
    void escalate(Instant at) {
        String reason = text.fill("Afdækningen viser, at bekymringen for {navn} er mere sammensat end antaget.");
        story.records().currentInvestigation().escalate(reason, at);
        story.add(at, "assessment.investigation.escalated", "Afdækningen er udvidet til en børnefaglig undersøgelse",
                reason);
    }

    /** The investigation is completed, and the socialfaglig vurdering after it sends the case on to {@code next}. */
    void completeInvestigation(Instant at, CasePhase next, String closingReason) {
        Inquiry investigation = story.records().currentInvestigation();
        boolean bfu = investigation.isChildInvestigation();
        String conclusion = bfu ? text.fill("Konklusion: " + course.concern().finding()) + " Der er behov for "
                + course.intervention().description + "." : StoryTexts.conclusion(text, course, next);
        CaseRecords.Views views = views();
        investigation.complete(conclusion, views, story.actor(), at);
        story.add(at, "assessment.investigation.completed", investigation.kind.danishLabel() + " afsluttet", conclusion);
        boolean close = next == CasePhase.CLOSED;
        String support = next == CasePhase.EARLY_SUPPORT ? text.fill(course.concern().earlySupport())
                : course.intervention().description;
        AssessmentOutcome outcome = close ? AssessmentOutcome.CLOSE : AssessmentOutcome.DECISION;
        String sfv = close ? "Der er ikke behov for særlig støtte. " + closingReason + "."
                : "Der er behov for " + support + ".";
        Instant recorded = story.timeline().next(Duration.ofHours(1), Duration.ofHours(20));
        story.records().assessments.add(new CaseRecords.Sfv(story.records().investigations.size() - 1,
                AssessmentContext.after(investigation.kind), text.fill(course.concern().finding()),
                RecordTexts.resources(text, 5) + " " + RecordTexts.concerns(text, 5), sfv, close ? null : support,
                close ? null : "Bedsteforældrene og skolen bakker op om indsatsen.", views, outcome,
                close ? closingReason : null, story.actor(), recorded));
        story.add(recorded, "assessment.professional-assessment", "Socialfaglig vurdering: "
                + AssessmentContext.after(investigation.kind).danishLabel().toLowerCase(java.util.Locale.ROOT),
                outcome.danishLabel() + ". " + sfv);
    }

    /** The child's view as the records state it, with the parents' view from their conversation. */
    CaseRecords.Views views() {
        return RecordTexts.views(text, course.concern(), brief.age(), course.concern().parentTalk());
    }

    /** The conversation with the child alone, or for the youngest an observation. */
    private void childsVoice(boolean current, Duration min, Duration max) {
        String talk = course.concern().childTalk();
        if (brief.age() >= 4 && talk != null) {
            String words = text.fill(talk);
            conversation(story.step(current, min, max, "assessment.conversation",
                    text.fill("Samtale med {navn} alene"), words), ConversationKind.CHILD_ALONE,
                    text.value("navn") + " og rådgiveren", words,
                    text.fill("{navn} er orienteret om underretningen og har fortalt om sin hverdag."));
        } else {
            String observed = StoryTexts.observation(text, brief.age(), dice);
            conversation(story.step(current, min, max, "assessment.conversation", text.fill("Observation af {navn}"),
                    observed), ConversationKind.OBSERVATION, text.value("navn") + " og rådgiveren", observed,
                    observed);
        }
    }

    private void conversation(Instant at, ConversationKind kind, String participants, String childsOwnWords,
            String summary) {
        if (at == null) {
            return;
        }
        childHeard |= kind == ConversationKind.CHILD_ALONE;
        story.records().conversations.add(new CaseRecords.Talk(date(at), kind, participants,
                kind.involvesChild(), childsOwnWords, summary, story.actor(), at));
    }

    /**
     * A request to the child's school, daycare or health visitor, and {@code alsoTo} if any, sent together; null
     * when there was no time for it yet.
     */
    private Request request(boolean current, Duration min, Duration max, int replyDays, String purpose,
            String alsoTo) {
        String recipient = text.value("skole");
        String kind = "sundhedsplejersken".equals(recipient) ? "HEALTH" : brief.age() < 6 ? "DAYCARE" : "SCHOOL";
        Instant at = story.step(current, min, max, "assessment.information.sent", "Oplysninger anmodet fra "
                + recipient + (alsoTo == null ? "" : ", " + alsoTo), text.fill(purpose));
        if (at == null) {
            return null;
        }
        Request request = new Request(kind, recipient, text.fill(purpose), text.fill(
                "Hvordan trives {navn}? Hvad går godt, og hvad bekymrer jer?"), date(at), date(at).plusDays(replyDays),
                story.actor());
        story.records().currentInvestigation().requests.add(request);
        return request;
    }

    /** Another request sent with {@code first}, with the same questions and reply deadline. */
    private Request send(Request first, String kind, String recipient, String purpose) {
        Request request = new Request(kind, recipient, text.fill(purpose), first.questions, first.sentOn,
                first.replyDue, first.sentBy);
        story.records().currentInvestigation().requests.add(request);
        return request;
    }

    private Instant reply(boolean current, Request request, Duration min, Duration max, String title, String detail) {
        if (request == null) {
            return null;
        }
        Instant at = story.step(current, min, max, "assessment.information.received", title, detail);
        if (at != null) {
            request.replied(date(at), detail, story.actor());
        }
        return at;
    }

    /** The ICS sections the caseworker has written so far: three to six of the ten dimensions. */
    private void sections() {
        Instant at = story.timeline().last();
        Inquiry investigation = story.records().currentInvestigation();
        for (int dimension : RecordTexts.dimensions(dice, dice.between(3, 6))) {
            if (investigation.sections.stream().noneMatch(section -> section.dimensionId() == dimension)) {
                investigation.sections.add(new CaseRecords.Section(dimension, RecordTexts.resources(text, dimension),
                        RecordTexts.concerns(text, dimension), RecordTexts.sources(text, dice), at));
            }
        }
    }

    private static ScreeningOutcome outcome(CasePhase next) {
        return switch (next) {
            case FOCUSED_ASSESSMENT -> ScreeningOutcome.FOCUSED_ASSESSMENT;
            case CHILD_INVESTIGATION -> ScreeningOutcome.CHILD_INVESTIGATION;
            case EARLY_SUPPORT -> ScreeningOutcome.EARLY_SUPPORT;
            case CLOSED -> ScreeningOutcome.CLOSE;
            default -> throw new IllegalArgumentException("A screening does not lead to " + next);
        };
    }

    private LocalDate date(Instant at) {
        return at.atZone(story.zone()).toLocalDate();
    }
}
