package dk.spor.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.spor.organisation.Role;
import dk.spor.people.Child.Gender;

/**
 * The municipality's teams, staff and providers, planned before anything is written. One "unit" (three teams with
 * four caseworkers each, their leaders and four providers) serves about {@value #CHILDREN_PER_UNIT} children, so a
 * caseworker has 15–25 open cases at any size. The first unit has the fixed names of the demo logins.
 */
record DemoOrganisation(List<TeamPlan> teams, List<ProviderPlan> providers, List<UserPlan> users) {

    static final int CHILDREN_PER_UNIT = 300;
    static final String CASEWORKER = "mette.holm";
    static final String TEAM_LEADER = "lone.berg";
    static final String HEAD = "henrik.dahl";
    static final String PROVIDER = "familiehuset";
    static final String ADMIN = "admin";
    private static final String EMAIL_DOMAIN = "@kommune.example";

    enum TeamKind {
        NORTH("Familieteam Nord", "Børn, unge og familier i den nordlige del af kommunen"),
        SOUTH("Familieteam Syd", "Børn, unge og familier i den sydlige del af kommunen"),
        DISABILITY("Handicapteamet", "Børn og unge med funktionsnedsættelser og deres familier – Sammen om familien");

        final String baseName;
        final String description;

        TeamKind(String baseName, String description) {
            this.baseName = baseName;
            this.description = description;
        }
    }

    enum ProviderKind {
        FAMILY_TREATMENT("Familiehuset Lyngen", "Familiebehandling", PROVIDER, "Susanne Krogh"),
        CONTACT_PERSON("Kontaktpersonkorpset", "Kontaktperson", "kontaktperson", "Ole Thygesen"),
        RESIDENTIAL("Opholdsstedet Egebo", "Opholdssted", "egebo", "Martin Egelund"),
        FOSTER_CARE("Familieplejen Øst", "Familiepleje og aflastning", "familieplejen", "Hanne Østergaard");

        final String baseName;
        final String kind;
        final String baseUsername;
        final String contactPerson;

        ProviderKind(String baseName, String kind, String baseUsername, String contactPerson) {
            this.baseName = baseName;
            this.kind = kind;
            this.baseUsername = baseUsername;
            this.contactPerson = contactPerson;
        }
    }

    record TeamPlan(int unit, TeamKind kind, String name, String description) {
    }

    record ProviderPlan(int unit, ProviderKind kind, String name, String contact) {
    }

    /** {@code teams} and {@code provider} are indexes into the plan's lists. */
    record UserPlan(String username, String fullName, String email, Role role, List<Integer> teams, Integer provider) {
    }

    static int unitsFor(int children) {
        return Math.max(1, Math.round(children / (float) CHILDREN_PER_UNIT));
    }

    static DemoOrganisation plan(int children, long seed) {
        return new Planner(new Dice(seed)).plan(unitsFor(children));
    }

    private static final class Planner {

        private static final List<List<String>> FIRST_UNIT_CASEWORKERS = List.of(
                List.of("Mette Holm", "Jonas Friis", "Sara Lund", "Peter Vestergaard"),
                List.of("Anne Kjær", "Mads Bruun", "Line Dalgaard", "Ahmad Rahimi"),
                List.of("Camilla Skov", "Thomas Brandt", "Sofie Winther", "Karen Mikkelsen"));

        private final Dice dice;
        private final List<TeamPlan> teams = new ArrayList<>();
        private final List<ProviderPlan> providers = new ArrayList<>();
        private final List<UserPlan> users = new ArrayList<>();
        private final Set<String> usernames = new HashSet<>();

        Planner(Dice dice) {
            this.dice = dice;
        }

        DemoOrganisation plan(int units) {
            staff("Henrik Dahl", Role.HEAD, List.of());
            staff("Administrator", Role.ADMIN, List.of());
            for (int unit = 0; unit < units; unit++) {
                unit(unit);
            }
            return new DemoOrganisation(List.copyOf(teams), List.copyOf(providers), List.copyOf(users));
        }

        private void unit(int unit) {
            String suffix = unit == 0 ? "" : " " + (unit + 1);
            int firstTeam = teams.size();
            for (TeamKind kind : TeamKind.values()) {
                teams.add(new TeamPlan(unit, kind, kind.baseName + suffix, kind.description));
                for (int i = 0; i < 4; i++) {
                    String name = unit == 0 ? FIRST_UNIT_CASEWORKERS.get(kind.ordinal()).get(i) : randomName();
                    staff(name, Role.CASEWORKER, List.of(teams.size() - 1));
                }
            }
            staff(unit == 0 ? "Lone Berg" : randomName(), Role.TEAM_LEADER, List.of(firstTeam, firstTeam + 1));
            staff(unit == 0 ? "Jesper Nygaard" : randomName(), Role.TEAM_LEADER, List.of(firstTeam + 2));
            for (ProviderKind kind : ProviderKind.values()) {
                String person = unit == 0 ? kind.contactPerson : randomName();
                providers.add(new ProviderPlan(unit, kind, kind.baseName + suffix,
                        person + ", tlf. " + HerlevPlaces.mobile(dice)));
                String username = unit == 0 ? kind.baseUsername : kind.baseUsername + (unit + 1);
                usernames.add(username);
                users.add(new UserPlan(username, person, null, Role.PROVIDER, List.of(), providers.size() - 1));
            }
        }

        private void staff(String fullName, Role role, List<Integer> teamIndexes) {
            String username = role == Role.ADMIN ? ADMIN : uniqueUsername(fullName);
            users.add(new UserPlan(username, fullName, username + EMAIL_DOMAIN, role, teamIndexes, null));
        }

        private String randomName() {
            DanishNames.Origin origin = DanishNames.origin(dice);
            Gender gender = dice.chance(0.75) ? Gender.FEMALE : Gender.MALE;
            return DanishNames.adultName(dice, origin, gender) + " " + DanishNames.lastName(dice, origin);
        }

        /** "Hanne Østergaard" becomes hanne.oestergaard; a second one hanne.oestergaard2. */
        private String uniqueUsername(String fullName) {
            String base = fullName.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                    .replace(' ', '.');
            String candidate = base;
            for (int n = 2; !usernames.add(candidate); n++) {
                candidate = base + n;
            }
            return candidate;
        }
    }
}
