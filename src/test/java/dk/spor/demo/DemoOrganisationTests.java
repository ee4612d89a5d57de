package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.spor.demo.DemoOrganisation.UserPlan;
import dk.spor.organisation.Role;
import org.junit.jupiter.api.Test;

class DemoOrganisationTests {

    @Test
    void aSmallMunicipalityHasTheThreeTeamsTheirStaffTheProvidersAndTheDemoLogins() {
        DemoOrganisation plan = DemoOrganisation.plan(300, DemoFixtures.SEED);

        assertThat(plan.teams()).extracting(DemoOrganisation.TeamPlan::name)
                .containsExactly("Familieteam Nord", "Familieteam Syd", "Handicapteamet");
        assertThat(plan.providers()).extracting(DemoOrganisation.ProviderPlan::name).containsExactly(
                "Familiehuset Lyngen", "Kontaktpersonkorpset", "Opholdsstedet Egebo", "Familieplejen Øst");
        assertThat(count(plan, Role.CASEWORKER)).isEqualTo(12);
        assertThat(count(plan, Role.TEAM_LEADER)).isEqualTo(2);
        assertThat(count(plan, Role.HEAD)).isEqualTo(1);
        assertThat(count(plan, Role.PROVIDER)).isEqualTo(4);
        assertThat(count(plan, Role.ADMIN)).isEqualTo(1);

        Map<String, UserPlan> users = plan.users().stream()
                .collect(Collectors.toMap(UserPlan::username, Function.identity()));
        assertThat(users.get("mette.holm").teams()).containsExactly(0);
        assertThat(users.get("lone.berg").teams()).containsExactly(0, 1);
        assertThat(users.get("henrik.dahl").role()).isEqualTo(Role.HEAD);
        assertThat(users.get("familiehuset").provider()).isZero();
        assertThat(users.get("admin").role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void staffGrowsWithTheNumberOfChildrenAndUsernamesStayUnique() {
        DemoOrganisation plan = DemoOrganisation.plan(100_000, DemoFixtures.SEED);

        assertThat(plan.teams()).hasSize(3 * 333);
        assertThat(count(plan, Role.CASEWORKER)).isEqualTo(12 * 333);
        assertThat(count(plan, Role.TEAM_LEADER)).isEqualTo(2 * 333);
        List<String> usernames = plan.users().stream().map(UserPlan::username).toList();
        assertThat(usernames).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z0-9.]+"));
        assertThat(plan.teams()).extracting(DemoOrganisation.TeamPlan::name).doesNotHaveDuplicates()
                .contains("Familieteam Nord 2", "Handicapteamet 333");
    }

    private static long count(DemoOrganisation plan, Role role) {
        return plan.users().stream().filter(user -> user.role() == role).count();
    }
}
