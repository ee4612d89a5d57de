package dk.spor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
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
    @Autowired
    Clock clock;

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
    void writesContactLogsWhoseNewInformationIsMostlyAssessedWithAnOutcome() {
        assertThat(count("contact_entry")).isGreaterThanOrEqualTo(3 * jdbc.sql("""
                select count(*) from case_file where closed_at is null
                   and phase in ('FOCUSED_ASSESSMENT', 'CHILD_INVESTIGATION', 'DECISION', 'EARLY_SUPPORT', 'INTERVENTION')""")
                .query(Long.class).single());
        assertThat(count("new_information")).isEqualTo(count("contact_entry"));
        long assessed = jdbc.sql("select count(*) from new_information where assessed_at is not null").query(Long.class)
                .single();
        assertThat(assessed).isGreaterThan(count("new_information") / 2);
        assertThat(jdbc.sql("""
                select count(*) from new_information n join case_file c on c.id = n.case_id
                 where n.received_at > c.opened_at - interval '1 second' and n.received_at < ?
                   and (n.assessed_at is null or n.assessed_at >= n.received_at)""")
                .param(java.sql.Timestamp.from(DemoFixtures.NOW)).query(Long.class).single())
                .isEqualTo(count("new_information"));
        assertThat(jdbc.sql("select count(*) from contact_entry where summary like '%{barn}%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theMeetingsAreTheOnesTheChronologyTellsWithMinutesNextDatesAndCallsToTheParents() {
        assertThat(jdbc.sql("select count(*) from meeting where status = 'HELD'").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from chronology_entry where kind = 'meeting.held'")
                        .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from meeting m where m.status = 'HELD' and not exists (
                    select 1 from chronology_entry e where e.case_id = m.case_id and e.kind = 'meeting.held'
                       and e.occurred_at = m.starts_at)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from meeting where status = 'HELD' and next_follow_up_on <= held_at::date")
                .query(Long.class).single()).isZero();
        assertThat(count("meeting_agenda_item")).isGreaterThanOrEqualTo(3 * count("meeting"));
        assertThat(count("meeting_participant")).isGreaterThanOrEqualTo(2 * count("meeting"));
        assertThat(count("meeting_call")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from meeting_call c where not exists (
                    select 1 from deadline d where d.rule_id = 'meeting.parent-call' and d.subject_type = 'MEETING_CALL'
                       and d.subject_id = c.id and d.case_id = c.case_id
                       and d.met_at is not distinct from c.called_at)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from meeting_call c join case_file f on f.id = c.case_id
                 where c.called_at is null and f.closed_at is not null""").query(Long.class).single()).isZero();
    }

    @Test
    void writesPlansGoalsAndInterventionsThatAgreeWithTheCaseCourse() {
        assertThat(count("child_plan")).isPositive();
        assertThat(count("goal")).isPositive();
        assertThat(count("intervention")).isPositive();
        assertThat(count("follow_up_cadence")).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from child_plan p where not exists (select 1 from deadline d
                 where d.rule_id = 'child-plan.after-decision' and d.subject_id = p.decision_id and d.met_at is not null)""")
                .query(Long.class).single()).as("a plan exists where the case course met its deadline").isZero();
        assertThat(jdbc.sql("""
                select count(*) from case_file c where c.closed_at is null and c.phase = 'INTERVENTION'
                   and (select count(*) from goal g where g.case_id = c.id and g.status = 'ACTIVE') not between 0 and 3""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from goal g where not exists (select 1 from goal_criterion x where x.goal_id = g.id) "
                + "or not exists (select 1 from goal_revision r where r.goal_id = g.id)").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from intervention i join provider p on p.id = i.provider_id "
                + "join intervention_type t on t.code = i.type_code where t.placement and p.kind not in "
                + "('Opholdssted', 'Familiepleje og aflastning')").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from intervention where status = 'RUNNING' and started_on is null "
                + "or status = 'ENDED' and ended_on is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select distinct status from intervention").query(String.class).list())
                .contains("RUNNING", "ENDED");
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

    /**
     * Once the intervention demo has written running interventions, the providers' demo logins see their children and
     * the status report demo writes a report per quarter with a section per linked goal. The interventions are written
     * here the way the intervention demo writes them, delivered by the first unit's providers.
     */
    @Test
    void providersSeeExactlyTheChildrenTheyDeliverToAndSendQuarterlyStatusReports() {
        var familiehuset = organisation.currentUser(DemoOrganisation.PROVIDER).orElseThrow();
        long delivered = jdbc.sql("""
                select count(distinct i.child_id) from intervention i join case_file c on c.id = i.case_id
                 where i.status = 'RUNNING' and i.provider_id = ?""")
                .param(familiehuset.providerId()).query(Long.class).single();
        assertThat(delivered).isPositive();
        assertThat(workspace.searchChildren(familiehuset, new CaseQuery(""), 0, 100).total()).isEqualTo(delivered);
        assertThat(jdbc.sql("select count(*) from status_report where status = 'SUBMITTED'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from status_report r join intervention i on i.id = r.intervention_id
                 where r.status = 'SUBMITTED'
                   and (r.submitted_at > :now or r.period_to >= r.submitted_at::date or r.period_from < i.started_on
                        or r.provider_id is distinct from i.provider_id
                        or exists (select 1 from status_report_goal g where g.report_id = r.id and g.attainment is null))""")
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from chronology_entry where kind = 'statusreport.submitted'")
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from status_report where status = 'SUBMITTED'")
                        .query(Long.class).single());
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
