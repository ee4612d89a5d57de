package dk.spor.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ChildPageIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;

    @Test
    void caseworkerSeesChildOfOwnTeamAndTheReadIsAudited() {
        long team = data.team("Team A");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Emma", "Sørensen");
        data.openCase(child, team, data.userId(caseworker));

        assertThat(mvc.get().uri("/boern/{id}", child).with(data.as(caseworker)))
                .hasStatusOk().bodyText().contains("Emma Sørensen").contains("Tidslinje");
        assertThat(data.auditCount(child, caseworker, "READ")).isEqualTo(1);
    }

    @Test
    void caseworkerOfAnotherTeamGetsNotFoundAndTheAttemptIsAudited() {
        long teamA = data.team("Team A");
        long teamB = data.team("Team B");
        String outsider = data.user(Role.CASEWORKER, teamB);
        long child = data.child("Oliver", "Jensen");
        data.openCase(child, teamA, null);

        assertThat(mvc.get().uri("/boern/{id}", child).with(data.as(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Oliver");
        assertThat(data.auditCount(child, outsider, "DENIED")).isEqualTo(1);
    }
}
