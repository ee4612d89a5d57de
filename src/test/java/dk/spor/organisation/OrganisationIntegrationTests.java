package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganisationIntegrationTests {

    @Autowired Organisation organisation;
    @Autowired TestData data;

    /** Every login reads the user's teams; a connection kept per read would exhaust the pool after 20 logins. */
    @Test
    void readingAUsersTeamsGivesItsConnectionBack() {
        long team = data.team("Team Pool");
        long user = data.userId(data.user(Role.CASEWORKER, team));

        for (int i = 0; i < 50; i++) {
            assertThat(organisation.teamIdsOf(user)).containsExactly(team);
        }
    }

    @Test
    void aLeaderCanAssignToTheEnabledCaseworkersOfTheTeam() {
        long team = data.team("Team Fordeling");
        String caseworker = data.user(Role.CASEWORKER, team);
        data.user(Role.TEAM_LEADER, team);
        data.user(Role.CASEWORKER, data.team("Team Andet"));

        assertThat(organisation.caseworkers(Set.of(team))).extracting(UserAccount::username).containsExactly(caseworker);
    }
}
