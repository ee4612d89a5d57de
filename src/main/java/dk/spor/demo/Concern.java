package dk.spor.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a case is about: who reported it, what they saw, what the child and the parents say, and what helps. The
 * texts are templates for {@link Phrasing}. {@code childTalk} is null where the child's voice comes from observation.
 */
record Concern(int minAge, int maxAge, boolean disability, Household household, Reporter reporter, String received,
        String childTalk, String parentTalk, String goal, String finding, String earlySupport,
        List<Intervention> interventions) {

    /** Which parents the story needs in the home. */
    enum Household { ANY, TOGETHER, APART }

    enum Reporter {
        INSTITUTION("Underretning modtaget fra {skole}", "{skole}", true),
        HEALTH_VISITOR("Underretning modtaget fra sundhedsplejersken", "sundhedsplejersken", true),
        POLICE("Underretning modtaget fra Københavns Vestegns Politi", "Københavns Vestegns Politi", true),
        PPR("Henvendelse modtaget fra PPR", "PPR", true),
        HOSPITAL("Underretning modtaget fra Herlev Hospital", "Herlev Hospital, børneafdelingen", true),
        MOTHER("Henvendelse fra {mor}", "{mor}", false),
        PARENTS("Henvendelse fra {forældrene}", "{forældrene}", false),
        ANONYMOUS("Anonym underretning modtaget", "anonym", false);

        final String title;
        final String name;
        /** Professionals get a receipt within 6 working days, and later hear what the report led to. */
        final boolean professional;

        Reporter(String title, String name, boolean professional) {
            this.title = title;
            this.name = name;
            this.professional = professional;
        }
    }

    /** Whether the story speaks of the father, so the family must have one. */
    boolean needsFather() {
        return household == Household.TOGETHER || Stream.of(received, childTalk, parentTalk, goal,
                finding, earlySupport).anyMatch(text -> text != null && text.contains("{far}"));
    }

    boolean fits(int age) {
        return age >= minAge && age <= maxAge;
    }
}
