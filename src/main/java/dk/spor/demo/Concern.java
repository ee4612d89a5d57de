package dk.spor.demo;

import java.util.List;
import java.util.stream.Stream;

import dk.spor.intake.Channel;
import dk.spor.intake.ConcernCategory;
import dk.spor.intake.ReportKind;
import dk.spor.intake.ReporterType;

/**
 * What a case is about: who reported it, what they saw, what the child and the parents say, and what helps. The
 * texts are templates for {@link Phrasing}. {@code childTalk} is null where the child's voice comes from observation.
 */
record Concern(int minAge, int maxAge, boolean disability, Household household, Reporter reporter, String received,
        String childTalk, String parentTalk, String goal, String finding, String earlySupport,
        List<ConcernCategory> categories, List<Intervention> interventions) {

    /** Which parents the story needs in the home. */
    enum Household { ANY, TOGETHER, APART }

    enum Reporter {
        INSTITUTION("Underretning modtaget fra {skole}", "{skole}", ReporterType.SCHOOL, Channel.DIGITAL_FORM),
        HEALTH_VISITOR("Underretning modtaget fra sundhedsplejersken", "sundhedsplejersken",
                ReporterType.HEALTH_VISITOR, Channel.DIGITAL_FORM),
        POLICE("Underretning modtaget fra Københavns Vestegns Politi", "Københavns Vestegns Politi",
                ReporterType.POLICE, Channel.SECURE_EMAIL),
        PPR("Henvendelse modtaget fra PPR", "PPR", ReporterType.PPR, Channel.SECURE_EMAIL),
        HOSPITAL("Underretning modtaget fra Herlev Hospital", "Herlev Hospital, børneafdelingen", ReporterType.HOSPITAL,
                Channel.SECURE_EMAIL),
        MOTHER("Henvendelse fra {mor}", "{mor}", ReporterType.PARENT, Channel.PHONE),
        PARENTS("Henvendelse fra {forældrene}", "{forældrene}", ReporterType.PARENT, Channel.IN_PERSON),
        ANONYMOUS("Anonym underretning modtaget", "anonym", ReporterType.ANONYMOUS, Channel.PHONE);

        final String title;
        final String name;
        /** Professionals get a receipt within 6 working days, and later hear what the report led to. */
        final boolean professional;
        /** How intake registers the reporter; a school report on a child under school age comes from the daycare. */
        private final ReporterType type;
        final Channel channel;

        Reporter(String title, String name, ReporterType type, Channel channel) {
            this.title = title;
            this.name = name;
            this.professional = type.isProfessional();
            this.type = type;
            this.channel = channel;
        }

        ReporterType type(int age) {
            return type == ReporterType.SCHOOL && age < 6 ? ReporterType.DAYCARE : type;
        }

        /** The family's own request is a henvendelse; everybody else's an underretning. */
        ReportKind kind() {
            return type == ReporterType.PARENT ? ReportKind.REQUEST : ReportKind.CONCERN_REPORT;
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
