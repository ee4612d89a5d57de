package dk.spor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dk.spor.casefile.CasePhase;
import dk.spor.demo.DemoOrganisation.TeamKind;
import dk.spor.people.Child.Gender;

/**
 * Generates the municipality's families one at a time, deterministically from the seed: the children the
 * municipality knows (about a fifth of the families with two or three), their parents and network, and each
 * child's cases. Siblings share the concern, the caseworker and the course. The first families are scripted so
 * that even a small demo has an unassigned case in each team's intake and a case in every phase.
 */
final class FamilyGenerator {

    /** Children known to the children and youth services, by age 0–17: more teenagers than toddlers. */
    private static final int[] AGE_WEIGHTS = {4, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 8, 7, 6};
    private static final int[] TEAM_WEIGHTS = {40, 40, 20};
    private static final int SCRIPTED = TeamKind.values().length + CasePhase.values().length;

    private final Dice dice;
    private final DemoStaff staff;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final CprAllocator cprs = new CprAllocator();
    private int families;

    FamilyGenerator(long seed, DemoStaff staff, Instant now, ZoneId zone) {
        this.dice = new Dice(seed);
        this.staff = staff;
        this.now = now;
        this.zone = zone;
        this.today = now.atZone(zone).toLocalDate();
    }

    /** Generates families until they hold {@code children} children, handing each to {@code sink} as it is made. */
    void generate(int children, Consumer<DemoFamily> sink) {
        int made = 0;
        while (made < children) {
            DemoFamily family = next(children - made);
            made += family.children().size();
            sink.accept(family);
        }
    }

    /** The next family, with at most {@code maxChildren} children. */
    DemoFamily next(int maxChildren) {
        int index = families++;
        boolean scripted = index < SCRIPTED;
        DemoStaff.Unit unit = scripted ? staff.units().get(0) : dice.pick(staff.units());
        TeamKind kind = index < TeamKind.values().length ? TeamKind.values()[index]
                : TeamKind.values()[dice.weighted(TEAM_WEIGHTS)];
        CasePhase phase = index < TeamKind.values().length ? CasePhase.NOTIFICATION_RECEIVED
                : scripted ? CasePhase.values()[index - TeamKind.values().length] : CaseCourse.randomPhase(dice);
        boolean disability = kind == TeamKind.DISABILITY;
        int size = disability ? 1 : Math.min(maxChildren, 1 + dice.weighted(72, 21, 7));

        List<Integer> ages = ages(size);
        Concern concern = Concerns.choose(dice, disability, ages);
        CaseCourse course = CaseCourse.current(dice, phase, concern, now, zone);
        DemoStaff.Team team = unit.teams().get(kind);
        DemoStaff.Member caseworker = unassigned(index, phase) ? null : dice.pick(team.caseworkers());
        Household household = new Household(dice, cprs, today, concern, ages.stream().mapToInt(Integer::intValue).max().orElseThrow());

        List<DemoFamily.Kid> children = new ArrayList<>();
        List<DemoCase> cases = new ArrayList<>();
        for (int child = 0; child < size; child++) {
            int age = ages.get(child);
            Gender gender = dice.chance(0.5) ? Gender.FEMALE : Gender.MALE;
            LocalDate birthDate = today.minusYears(age).minusDays(dice.between(0, 364));
            String firstName = household.childName(gender, children);
            String institution = HerlevPlaces.institution(dice, age, disability);
            Phrasing phrasing = household.phrasing(firstName, gender, institution, unit);
            Optional<DemoCase> earlier = earlierCase(child, age, birthDate, concern, course, phrasing, team, unit);
            earlier.ifPresent(cases::add);
            Instant earlierClosed = earlier.map(DemoCase::closedAt).orElse(null);
            cases.add(new CaseStory(dice, zone, new CaseBrief(child, age, birthDate, phrasing, team, caseworker, unit,
                    course, earlierClosed)).tell());
            Instant knownSince = earlier.map(DemoCase::openedAt).orElse(cases.get(cases.size() - 1).openedAt());
            children.add(new DemoFamily.Kid(cprs.next(birthDate, gender), firstName, household.childLastName(),
                    birthDate, gender, household.home(), institution, knownSince));
            household.relate(child, course);
        }
        return new DemoFamily(List.copyOf(children), household.adults(), household.ties(), List.copyOf(cases));
    }

    private List<Integer> ages(int size) {
        List<Integer> ages = new ArrayList<>();
        ages.add(dice.weighted(AGE_WEIGHTS));
        while (ages.size() < size) {
            int sibling = ages.get(0) + (dice.chance(0.5) ? 1 : -1) * dice.between(1, 6);
            ages.add(Math.max(0, Math.min(17, sibling)));
        }
        return List.copyOf(ages);
    }

    /** New reports wait in the team's intake until the leader assigns them. */
    private boolean unassigned(int index, CasePhase phase) {
        if (index < TeamKind.values().length) {
            return true;
        }
        return phase == CasePhase.NOTIFICATION_RECEIVED ? dice.chance(0.7)
                : phase == CasePhase.SCREENING && dice.chance(0.25);
    }

    private Optional<DemoCase> earlierCase(int child, int age, LocalDate birthDate, Concern current, CaseCourse course, Phrasing phrasing,
            DemoStaff.Team team, DemoStaff.Unit unit) {
        if (!dice.chance(0.15)) {
            return Optional.empty();
        }
        boolean disability = team.kind() == TeamKind.DISABILITY;
        Concern concern = disability ? current : Concerns.choose(dice, false, List.of(age));
        if (concern.needsFather() && !phrasingHasFather(phrasing)) {
            concern = current;
        }
        DemoStaff.Member caseworker = dice.pick(team.caseworkers());
        return CaseCourse.earlier(dice, concern, course.received(), now, zone).map(earlier ->
                new CaseStory(dice, zone, new CaseBrief(child, age, birthDate, phrasing, team, caseworker, unit, earlier,
                        null)).tell());
    }

    private static boolean phrasingHasFather(Phrasing phrasing) {
        return phrasing.value("far") != null;
    }
}
