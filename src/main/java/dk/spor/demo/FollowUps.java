package dk.spor.demo;

import java.time.Duration;
import java.time.Instant;

import dk.spor.casefile.CasePhase;
import dk.spor.demo.DemoOrganisation.TeamKind;

/**
 * The follow-up meetings of a running intervention or early support. The first follow-up is due 3 months after
 * the start (barnets lov § 95); each meeting sets the next at the cadence the caseworker decides: every 6 weeks
 * in the disability team's investigated cases (Sammen om familien), otherwise every 3 months, and less often
 * when a long course would not otherwise fit the chronology.
 */
final class FollowUps {

    private static final Duration QUARTER = Duration.ofDays(91);
    private static final Duration SIX_WEEKS = Duration.ofDays(42);

    private final CaseStory story;
    private final Instant start;
    private final boolean early;
    private final Dice dice;
    private final CaseBrief brief;

    FollowUps(CaseStory story, Instant start, boolean early) {
        this.story = story;
        this.start = start;
        this.early = early;
        this.dice = story.dice();
        this.brief = story.brief();
    }

    void hold(boolean current) {
        Timeline timeline = story.timeline();
        Instant until = current ? timeline.limit() : brief.course().target().minus(Duration.ofDays(10));
        int budget = CaseStory.MAX_ENTRIES - story.entryCount() - (current ? 0 : 1);
        boolean calls = budget >= 6;
        int maxMeetings = budget / (calls ? 2 : 1);
        Duration cadence = cadence(maxMeetings, Duration.between(start, until));
        String rule = "intervention.first-follow-up";
        String ruleTitle = early ? "Opfølgning på den tidlige indsats" : "Første opfølgning på indsatsen";
        Instant triggered = start;
        Instant due = endOfDay(early ? start.plus(cadence) : start.atZone(story.zone()).plusMonths(3).toInstant());
        Scores scores = new Scores(dice);
        for (int held = 0; held < maxMeetings; held++) {
            Instant planned = dice.chance(0.85) ? due.minus(Duration.ofDays(dice.between(0, 14)))
                    : due.plus(Duration.ofDays(dice.between(1, 20)));
            boolean lastBeforeNow = planned.plus(cadence).isAfter(until);
            if (!planned.isBefore(until) || current && lastBeforeNow && dice.chance(0.15)) {
                break; // not held (yet): the deadline stays open, and may be overdue
            }
            Instant at = timeline.around(planned);
            story.add(at, "meeting.held", title(held), StoryTexts.followUp(brief.phrasing(), participants(),
                    brief.age(), scores.next(), early ? Intervention.EARLY_SUPPORT_ADJUSTMENT
                            : brief.course().intervention().adjustment, StoryTexts.date(at.plus(cadence), story.zone())));
            story.deadlines().followUp(rule, ruleTitle, triggered, due, at);
            Instant call = calls ? timeline.nextIfBeforeLimit(Duration.ofDays(2), Duration.ofDays(13)) : null;
            if (call != null) {
                String parent = brief.phrasing().value(brief.phrasing().value("far") != null && dice.chance(0.4)
                        ? "far" : "mor");
                story.add(call, "contact.call", "Telefonopfølgning med " + parent,
                        StoryTexts.callAfterMeeting(parent, dice));
            }
            triggered = at;
            due = endOfDay(at.plus(cadence));
            rule = cadence.equals(SIX_WEEKS) ? "disability.follow-up-6-weeks" : "intervention.next-follow-up";
            ruleTitle = early ? ruleTitle : "Næste opfølgning på indsatsen";
        }
        if (current) {
            story.deadlines().followUp(rule, ruleTitle, triggered, due, null);
        }
    }

    /** Follow-ups are agreed for a day, so they are due at its end. */
    private Instant endOfDay(Instant instant) {
        return CaseDeadlines.endOf(instant.atZone(story.zone()).toLocalDate(), story.zone());
    }

    private Duration cadence(int maxMeetings, Duration available) {
        boolean investigated = story.brief().course().includes(CasePhase.CHILD_INVESTIGATION);
        Duration base = brief.team().kind() == TeamKind.DISABILITY && investigated && !early ? SIX_WEEKS : QUARTER;
        Duration spread = maxMeetings < 1 ? available : available.dividedBy(maxMeetings);
        return spread.compareTo(base) > 0 ? spread : base;
    }

    private String title(int held) {
        if (early) {
            return "Opfølgning på den tidlige indsats";
        }
        return brief.team().kind() == TeamKind.DISABILITY && held % 2 == 1 ? "Netværksmøde" : "Opfølgningsmøde";
    }

    private String participants() {
        String provider = early ? brief.phrasing().value("familiehuset") : story.provider();
        return provider == null ? StoryTexts.participants(brief.phrasing(), brief.age(), "rådgiveren")
                : StoryTexts.participants(brief.phrasing(), brief.age(), provider, "rådgiveren");
    }

    /** Trivselslinealen (0–10) for the child and the mother, moving mostly upwards from meeting to meeting. */
    static final class Scores {

        private final Dice dice;
        private int child;
        private int mother;

        Scores(Dice dice) {
            this.dice = dice;
            this.child = dice.between(2, 5);
            this.mother = dice.between(2, 5);
        }

        int[] next() {
            int[] scores = {child, move(child), mother, move(mother)};
            child = scores[1];
            mother = scores[3];
            return scores;
        }

        private int move(int score) {
            int step = dice.weighted(15, 25, 40, 20) - 1;
            return Math.max(0, Math.min(10, score + step));
        }
    }
}
