package dk.spor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.spor.casefile.CasePhase;
import dk.spor.demo.DemoOrganisation.ProviderKind;
import dk.spor.people.Child.Gender;
import dk.spor.people.RelatedPerson.Relation;

/**
 * The adults around a family's children and how each child stands to them: the mother, with whom the children
 * live, the father (living with them, apart, or not in the picture), perhaps a step-parent, a grandparent, someone
 * from the network, and foster parents for a child placed in foster care. Parents, step-parents and grandparents
 * have CPR numbers; network persons do not.
 */
final class Household {

    private enum Situation { TOGETHER, APART, SINGLE }

    private static final List<String> GRANDPARENTS = List.of("Mormor", "Morfar", "Farmor", "Farfar");
    private static final List<String> FAMILY_NETWORK = List.of("Moster", "Faster", "Onkel");
    private static final List<String> NETWORK = List.of("Nabo", "Fodboldtræner", "Mors veninde", "Spejderleder");

    private final Dice dice;
    private final CprAllocator cprs;
    private final LocalDate today;
    private final DanishNames.Origin origin;
    private final Situation situation;
    private final boolean jointCustody;
    private final DemoFamily.Address home;
    private final String childLastName;
    private final List<DemoFamily.Adult> adults = new ArrayList<>();
    private final List<DemoFamily.Tie> ties = new ArrayList<>();
    private final int mother;
    private final int father;
    private final int stepParent;
    private final int relative;
    private final String relativeNote;
    private final Relation relativeRelation;
    private int fosterMother = -1;

    Household(Dice dice, CprAllocator cprs, LocalDate today, Concern concern, int oldestChildAge) {
        this.dice = dice;
        this.cprs = cprs;
        this.today = today;
        this.origin = DanishNames.origin(dice);
        this.situation = situation(concern);
        this.jointCustody = situation == Situation.TOGETHER || situation == Situation.APART && dice.chance(0.75);
        this.home = HerlevPlaces.homeInHerlev(dice);
        LocalDate motherBorn = today.minusYears(oldestChildAge + dice.between(20, 38)).minusDays(dice.between(0, 364));
        String familyName = DanishNames.lastName(dice, origin);
        String motherName = dice.chance(situation == Situation.TOGETHER ? 0.6 : 0.3) ? familyName
                : DanishNames.lastName(dice, origin);
        this.mother = adult(motherBorn, Gender.FEMALE, motherName, home);
        this.father = situation == Situation.SINGLE ? -1
                : adult(motherBorn.plusDays(dice.between(-700, 2900)), Gender.MALE, familyName,
                        situation == Situation.TOGETHER ? home : HerlevPlaces.elsewhere(dice));
        this.childLastName = father >= 0 && dice.chance(0.7) ? familyName : motherName;
        this.stepParent = situation == Situation.APART && dice.chance(0.35)
                ? adult(motherBorn.plusDays(dice.between(-1500, 2500)), Gender.MALE, DanishNames.lastName(dice, origin),
                        home)
                : -1;
        int relativeKind = dice.weighted(45, 30, 25);
        this.relativeRelation = relativeKind == 0 ? null : relativeKind == 1 ? Relation.GRANDPARENT
                : dice.chance(0.4) ? Relation.OTHER_FAMILY : Relation.NETWORK;
        this.relativeNote = relativeRelation == null ? null
                : dice.pick(relativeRelation == Relation.GRANDPARENT ? GRANDPARENTS
                        : relativeRelation == Relation.OTHER_FAMILY ? FAMILY_NETWORK : NETWORK);
        this.relative = relativeRelation == null ? -1 : relative(motherBorn);
    }

    private Situation situation(Concern concern) {
        return switch (concern.household()) {
            case TOGETHER -> Situation.TOGETHER;
            case APART -> concern.needsFather() || dice.chance(0.75) ? Situation.APART : Situation.SINGLE;
            case ANY -> concern.needsFather() ? (dice.chance(0.45) ? Situation.TOGETHER : Situation.APART)
                    : Situation.values()[dice.weighted(40, 50, 10)];
        };
    }

    /** A first name not already given to a sibling. */
    String childName(Gender gender, List<DemoFamily.Kid> siblings) {
        String name;
        do {
            name = DanishNames.childName(dice, origin, gender);
        } while (isTaken(name, siblings));
        return name;
    }

    private static boolean isTaken(String name, List<DemoFamily.Kid> siblings) {
        return siblings.stream().anyMatch(sibling -> sibling.firstName().equals(name));
    }

    String childLastName() {
        return childLastName;
    }

    DemoFamily.Address home() {
        return home;
    }

    Phrasing phrasing(String childName, Gender gender, String institution, DemoStaff.Unit unit) {
        boolean girl = gender == Gender.FEMALE;
        String motherName = adults.get(mother).firstName();
        Map<String, String> values = new HashMap<>(Map.of("navn", childName, "han", girl ? "hun" : "han",
                "ham", girl ? "hende" : "ham", "hans", girl ? "hendes" : "hans", "mor", motherName,
                "skole", institution == null ? "sundhedsplejersken" : institution.split(" \\(")[0],
                "familiehuset", unit.providers().get(ProviderKind.FAMILY_TREATMENT).name()));
        if (father >= 0) {
            values.put("far", adults.get(father).firstName());
        }
        List<String> parents = father >= 0 && jointCustody ? List.of(motherName, adults.get(father).firstName())
                : List.of(motherName);
        values.put("forældrene", StoryTexts.list(parents));
        return new Phrasing(values, parents);
    }

    /** Ties the child to the household's adults; a placed child no longer lives with the parents. */
    void relate(int child, CaseCourse course) {
        boolean open = course.phase() == CasePhase.INTERVENTION;
        boolean placed = open && course.intervention().isPlacement();
        ties.add(new DemoFamily.Tie(child, mother, Relation.MOTHER, true, !placed, null));
        if (father >= 0) {
            ties.add(new DemoFamily.Tie(child, father, Relation.FATHER, jointCustody,
                    !placed && situation == Situation.TOGETHER, null));
        }
        if (stepParent >= 0) {
            ties.add(new DemoFamily.Tie(child, stepParent, Relation.STEP_PARENT, false, !placed, null));
        }
        if (relative >= 0) {
            ties.add(new DemoFamily.Tie(child, relative, relativeRelation, false, false, relativeNote));
        }
        if (placed && course.intervention() == Intervention.FOSTER_CARE) {
            fosterParents();
            ties.add(new DemoFamily.Tie(child, fosterMother, Relation.FOSTER_PARENT, false, true, "Plejemor"));
            ties.add(new DemoFamily.Tie(child, fosterMother + 1, Relation.FOSTER_PARENT, false, true, "Plejefar"));
        }
    }

    List<DemoFamily.Adult> adults() {
        return List.copyOf(adults);
    }

    List<DemoFamily.Tie> ties() {
        return List.copyOf(ties);
    }

    private void fosterParents() {
        if (fosterMother >= 0) {
            return;
        }
        DemoFamily.Address fosterHome = HerlevPlaces.elsewhere(dice);
        String lastName = DanishNames.lastName(dice, DanishNames.Origin.DANISH);
        LocalDate born = today.minusYears(dice.between(38, 60)).minusDays(dice.between(0, 364));
        fosterMother = adult(born, Gender.FEMALE, lastName, fosterHome, DanishNames.Origin.DANISH);
        adult(born.minusDays(dice.between(-700, 1500)), Gender.MALE, lastName, fosterHome, DanishNames.Origin.DANISH);
    }

    private int relative(LocalDate motherBorn) {
        if (relativeRelation == Relation.NETWORK || relativeRelation == Relation.OTHER_FAMILY) {
            Gender gender = switch (relativeNote) {
                case "Onkel" -> Gender.MALE;
                case "Moster", "Faster", "Mors veninde" -> Gender.FEMALE;
                default -> dice.chance(0.5) ? Gender.MALE : Gender.FEMALE;
            };
            adults.add(new DemoFamily.Adult(null, DanishNames.adultName(dice, origin, gender),
                    DanishNames.lastName(dice, origin), HerlevPlaces.mobile(dice), HerlevPlaces.elsewhere(dice)));
            return adults.size() - 1;
        }
        Gender gender = relativeNote.endsWith("mor") ? Gender.FEMALE : Gender.MALE;
        return adult(motherBorn.minusYears(dice.between(20, 32)).minusDays(dice.between(0, 364)), gender,
                DanishNames.lastName(dice, origin), HerlevPlaces.elsewhere(dice));
    }

    private int adult(LocalDate born, Gender gender, String lastName, DemoFamily.Address address) {
        return adult(born, gender, lastName, address, origin);
    }

    private int adult(LocalDate born, Gender gender, String lastName, DemoFamily.Address address,
            DanishNames.Origin names) {
        adults.add(new DemoFamily.Adult(cprs.next(born, gender), DanishNames.adultName(dice, names, gender), lastName,
                HerlevPlaces.mobile(dice), address));
        return adults.size() - 1;
    }
}
