package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NewUserTests {

    @Test
    void aCaseworkerWithTeamAndPasswordIsValidAndTheLoginNameIsNormalised() {
        NewUser user = new NewUser(" Mette.Holm ", " Mette Holm ", "", Role.CASEWORKER, Set.of(1L), null,
                "et-langt-kodeord");

        assertThat(user.problems()).isEmpty();
        assertThat(user.username()).isEqualTo("mette.holm");
        assertThat(user.fullName()).isEqualTo("Mette Holm");
        assertThat(user.email()).isNull();
    }

    @Test
    void teamsBelongToCaseworkersAndTeamLeadersOnly() {
        assertThat(new NewUser("lone", "Lone", null, Role.TEAM_LEADER, Set.of(), null, null).problems())
                .containsOnlyKeys("teams");
        assertThat(new NewUser("henrik", "Henrik", null, Role.HEAD, Set.of(1L), null, null).problems())
                .containsOnlyKeys("teams");
    }

    @Test
    void aProviderUserBelongsToExactlyOneProvider() {
        assertThat(new NewUser("hus", "Familiehuset", null, Role.PROVIDER, Set.of(), null, null).problems())
                .containsOnlyKeys("provider");
        assertThat(new NewUser("hus", "Familiehuset", null, Role.PROVIDER, Set.of(), 3L, null).problems()).isEmpty();
        assertThat(new NewUser("admin2", "Admin", null, Role.ADMIN, Set.of(), 3L, null).problems())
                .containsOnlyKeys("provider");
    }

    @Test
    void namesEveryMissingOrMalformedField() {
        assertThat(new NewUser("x", "", "ikke@", null, null, null, "kort").problems())
                .containsOnlyKeys("username", "fullName", "email", "role", "password");
    }

    @Test
    void noPasswordMeansTheMunicipalityLoginOnly() {
        assertThat(new NewUser("ole", "Ole", "ole@kommune.dk", Role.HEAD, Set.of(), null, null).problems()).isEmpty();
    }
}
