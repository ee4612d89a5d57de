package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import dk.spor.casefile.CasePhase;
import dk.spor.organisation.Organisation;
import dk.spor.people.People;
import dk.spor.workspace.CaseQuery;
import dk.spor.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo data on start, in an application of its own with a fresh database, since the other tests share one. */
@SpringBootTest(properties = {"spor.embedded-db.persistent=false", "spor.demo.enabled=true", "spor.demo.children=40"})
class DemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataRunner runner;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Organisation organisation;
    @Autowired
    Workspace workspace;
    @Autowired
    People people;

    @Test
    void fillsTheEmptyDatabaseWithTheDemoMunicipalityOnStart() {
        assertThat(count("child")).isEqualTo(40);
        assertThat(count("team")).isEqualTo(3);
        assertThat(count("provider")).isEqualTo(4);
        assertThat(count("app_user")).isEqualTo(20);
        assertThat(count("case_file")).isBetween(40L, 60L);
        assertThat(count("chronology_entry")).isBetween(3 * count("case_file"), 25 * count("case_file"));
        assertThat(count("deadline")).isPositive();
        assertThat(count("person")).isGreaterThan(40);
        assertThat(jdbc.sql("select distinct phase from case_file").query(String.class).list())
                .containsExactlyInAnyOrder(List.of(CasePhase.values()).stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void writesTheReportsAssessmentsAndDecisionsAndTheirDeadlinesPointAtThem() {
        assertThat(count("concern_report")).isGreaterThanOrEqualTo(count("case_file"));
        assertThat(count("conversation")).isPositive();
        assertThat(count("screening")).isPositive();
        assertThat(count("investigation")).isPositive();
        assertThat(count("investigation_section")).isGreaterThanOrEqualTo(3 * count("investigation"));
        assertThat(count("information_request")).isPositive();
        assertThat(count("decision")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from deadline d
                 where d.subject_type = 'CONCERN_REPORT'
                       and not exists (select 1 from concern_report r where r.id = d.subject_id and r.case_id = d.case_id)
                    or d.subject_type = 'INVESTIGATION'
                       and not exists (select 1 from investigation i where i.id = d.subject_id and i.case_id = d.case_id)
                    or d.subject_type = 'DECISION'
                       and not exists (select 1 from decision x where x.id = d.subject_id and x.case_id = d.case_id)
                    or d.subject_type = 'CASE' and d.subject_id <> d.case_id""").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from investigation i where i.kind = 'CHILD_INVESTIGATION' and i.completed_at is null
                   and not exists (select 1 from deadline d where d.subject_type = 'INVESTIGATION'
                                      and d.subject_id = i.id and d.rule_id = 'child-investigation.complete-4-months')""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void runningCasesHaveMeasurementsWithTheirItemScoresAndProgressionAlerts() {
        assertThat(count("measurement")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from measurement m
                 where m.total <> (select sum(s.score) from measurement_score s where s.measurement_id = m.id)
                    or (select count(*) from measurement_score s where s.measurement_id = m.id)
                       <> (select count(*) from instrument_item i where i.instrument_code = m.instrument_code
                                                                     and i.instrument_version = m.instrument_version)""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from measurement m join case_file c on c.id = m.case_id "
                + "where c.phase not in ('INTERVENTION', 'EARLY_SUPPORT')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct kind) from progression_alert where resolved_at is null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDemoUserSignsInWithThePasswordDemo() {
        List<String> hashes = jdbc.sql("select distinct password_hash from app_user").query(String.class).list();
        assertThat(hashes).hasSize(1);
        assertThat(passwordEncoder.matches("demo", hashes.get(0))).isTrue();
        assertThat(jdbc.sql("""
                select t.name from team t join team_membership m on m.team_id = t.id
                  join app_user u on u.id = m.user_id where u.username = 'mette.holm'""").query(String.class).single())
                .isEqualTo("Familieteam Nord");
    }

    @Test
    void theApplicationReadsTheDemoDataThroughItsOwnServices() {
        var caseworker = organisation.currentUser("mette.holm").orElseThrow();
        assertThat(workspace.searchCases(caseworker, new CaseQuery(""), true, 0, 100).total())
                .isPositive();
        jdbc.sql("select id from child").query(Long.class).list()
                .forEach(id -> assertThat(people.child(id)).isPresent());
    }

    @Test
    void startingAgainLeavesAnExistingDatabaseAlone() throws Exception {
        long children = count("child");
        long users = count("app_user");

        runner.run(null);

        assertThat(count("child")).isEqualTo(children);
        assertThat(count("app_user")).isEqualTo(users);
    }

    @Test
    void newRowsGetFreshIdsAfterTheDemoRows() {
        long maxChild = jdbc.sql("select max(id) from child").query(Long.class).single();
        long id = jdbc.sql("""
                insert into child (cpr, first_name, last_name, birth_date, gender)
                values ('0101204000', 'Ny', 'Test', '2020-01-01', 'MALE') returning id""").query(Long.class).single();
        assertThat(id).isGreaterThan(maxChild);
        jdbc.sql("delete from child where id = ?").param(id).update();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(DemoFixtures.NOW, DemoFixtures.ZONE);
        }
    }
}
