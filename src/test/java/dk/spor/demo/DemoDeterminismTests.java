package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoDeterminismTests {

    @Test
    void theSameSeedGivesTheSameMunicipality() {
        assertThat(DemoOrganisation.plan(900, 7)).isEqualTo(DemoOrganisation.plan(900, 7));
        assertThat(DemoFixtures.families(7, 900)).isEqualTo(DemoFixtures.families(7, 900));
    }

    @Test
    void theSameSeedGivesTheSameReportsAssessmentsAndDecisions() {
        List<CaseRecords> first = records(DemoFixtures.families(11, 600));
        assertThat(first).anyMatch(records -> !records.decisions.isEmpty())
                .anyMatch(records -> !records.investigations.isEmpty());
        assertThat(records(DemoFixtures.families(11, 600))).isEqualTo(first);
        assertThat(records(DemoFixtures.families(12, 600))).isNotEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherMunicipality() {
        assertThat(DemoFixtures.families(8, 300)).isNotEqualTo(DemoFixtures.families(7, 300));
    }

    private static List<CaseRecords> records(List<DemoFamily> families) {
        return families.stream().flatMap(family -> family.cases().stream()).map(DemoCase::records).toList();
    }
}
