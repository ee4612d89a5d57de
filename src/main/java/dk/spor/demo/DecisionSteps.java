package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;

import dk.spor.decision.DecisionType;
import dk.spor.demo.CaseRecords.Ruling;

/**
 * The decisions of a case's story as the decision module keeps them: the decision to start a børnefaglig
 * undersøgelse (barnets lov § 20), early support (§§ 30–31), and the support or placement after the investigation
 * (§§ 32 and 46), each with the child's view or why it could not be obtained.
 */
final class DecisionSteps {

    private final CaseStory story;
    private final CaseBrief brief;
    private final Phrasing text;
    private final AssessmentSteps assessment;

    DecisionSteps(CaseStory story, AssessmentSteps assessment) {
        this.story = story;
        this.brief = story.brief();
        this.text = story.text();
        this.assessment = assessment;
    }

    void childInvestigation(Instant at) {
        String purpose = text.fill("At undersøge {navn}s forhold og behov for støtte ved en børnefaglig undersøgelse.");
        decide(at, DecisionType.CHILD_INVESTIGATION, "BL-20", null, purpose, null, null);
        story.add(at, "decision.made", "Afgørelse: " + DecisionType.CHILD_INVESTIGATION.danishLabel(),
                "barnets lov § 20. Formål: " + purpose);
    }

    void earlySupport(Instant at) {
        Concern concern = brief.course().concern();
        String support = text.fill(concern.earlySupport());
        decide(at, DecisionType.EARLY_SUPPORT, "BL-30-31", null, text.fill(concern.goal()),
                "Familien får " + support + ", så " + text.fill(concern.goal()) + ".", 6);
        story.add(at, "decision.made", "Tidlig forebyggende indsats iværksat", text.fill("Indsats efter barnets lov "
                + "§ 30: " + concern.earlySupport() + ". Formål: " + concern.goal() + "."));
    }

    /** The decision on the intervention; the child's plan is due after it. The cash benefit has no record. */
    void intervention(Instant at, String provider) {
        Intervention intervention = brief.course().intervention();
        Concern concern = brief.course().concern();
        if (intervention.decisionType != null) {
            int index = decide(at, intervention.decisionType, intervention.legalBasisId(), intervention.subtype,
                    text.fill(concern.goal()), text.fill("At " + concern.goal() + " inden for den forventede varighed."),
                    intervention.expectedDurationMonths());
            story.deadlines().decided(index, at);
        }
        story.add(at, "decision.made", "Afgørelse: " + intervention.title,
                StoryTexts.decision(text, brief.course(), brief.age(), provider));
    }

    private int decide(Instant at, DecisionType type, String legalBasis, String subtype, String purpose,
            String expectedEffect, Integer months) {
        LocalDate decidedOn = at.atZone(story.zone()).toLocalDate();
        LocalDate today = story.timeline().limit().atZone(story.zone()).toLocalDate();
        LocalDate notified = decidedOn.plusDays(story.dice().between(0, 3));
        return story.records().decision(new Ruling(type, legalBasis, subtype, purpose, expectedEffect, months,
                assessment.views(), !brief.birthDate().plusYears(10).isAfter(decidedOn), decidedOn,
                notified.isAfter(today) ? today : notified, story.actor(), at));
    }
}
