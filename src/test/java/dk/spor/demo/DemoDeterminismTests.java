package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDeterminismTests {

    @Test
    void theSameSeedGivesTheSameMunicipality() {
        assertThat(DemoOrganisation.plan(900, 7)).isEqualTo(DemoOrganisation.plan(900, 7));
        assertThat(DemoFixtures.families(7, 900)).isEqualTo(DemoFixtures.families(7, 900));
    }

    @Test
    void anotherSeedGivesAnotherMunicipality() {
        assertThat(DemoFixtures.families(8, 300)).isNotEqualTo(DemoFixtures.families(7, 300));
    }
}
