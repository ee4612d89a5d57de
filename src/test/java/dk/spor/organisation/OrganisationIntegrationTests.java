package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganisationIntegrationTests {

    @Autowired Organisation organisation;
    @Autowired TestData data;

    @Test
    void signingInMoreOftenThanThePoolHasConnectionsReturnsEveryConnection() {
        long team = data.team("Pulje");
        String caseworker = data.user(Role.CASEWORKER, team);

        for (int signIn = 0; signIn < 50; signIn++) {
            assertThat(organisation.currentUser(caseworker)).hasValueSatisfying(
                    user -> assertThat(user.teamIds()).containsExactly(team));
        }
    }
}
