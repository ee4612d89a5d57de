package dk.spor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import dk.spor.decision.Decisions;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PlanIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void afterASupportiveDecisionTheStanceOnAPlanStartsItsDeadlineAndThePlanMeetsIt() {
        Case c = newCase("Plan");
        long decision = decideSupport(c);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("plan_decision where decision_id = ?", decision) == 1);
        assertThat(mvc.get().uri("/boern/{id}", c.child).with(data.as(c.caseworker)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/sager/{id}/plan/udsnit", c.id).with(data.as(c.caseworker)).exchange())
                .hasStatusOk().bodyText().contains("Tag stilling til, om der skal udarbejdes en plan");
        long stance = jdbc.sql("select id from plan_decision where decision_id = ?").param(decision).query(Long.class).single();

        assertThat(mvc.post().uri("/sager/{c}/plan/stillingtagen/{s}", c.id, stance).with(data.as(c.caseworker)).with(csrf())
                .param("planNeeded", "true").param("reason", "Freja og mor ønsker en plan").param("version", "0")
                .exchange()).hasStatus3xxRedirection();
        assertThat(openPlanDeadlines(c.id)).isEqualTo(1);
        assertThat(jdbc.sql("select due_at::date from deadline where rule_id = 'child-plan.after-decision' and case_id = ?")
                .param(c.id).query(LocalDate.class).single()).isEqualTo(decidedOn().plusMonths(3));

        assertThat(mvc.post().uri("/sager/{id}/plan", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("establishedOn", LocalDate.now(clock).toString()).param("purpose", "Færre konflikter hjemme")
                .param("childView", "Jeg vil have, at vi skændes mindre").exchange()).hasStatus3xxRedirection();

        assertThat(openPlanDeadlines(c.id)).isZero();
        assertThat(jdbc.sql("select kind from child_plan where case_id = ?").param(c.id).query(String.class).single())
                .isEqualTo("CHILD_PLAN");
        assertThat(count("chronology_entry where case_id = ? and kind like 'plan.%'", c.id)).isEqualTo(2);
        assertThat(mvc.get().uri("/sager/{id}/plan", c.id).with(data.as(c.caseworker)).exchange()).hasStatusOk()
                .bodyText().contains("Barnets plan for", "Jeg vil have, at vi skændes mindre", "Udskriv planen");
    }

    @Test
    void everyChangeOfAGoalIsKeptWithWhoWhenAndWhyAndRestartsTheReviewClock() {
        Case c = newCase("Mål");
        long goal = setGoal(c, "Jeg kommer i skole hver dag");
        assertThat(jdbc.sql("select review_on from goal where id = ?").param(goal).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now(clock).plusMonths(2));

        assertThat(revise(c, goal, "0", "Jeg kommer i skole fire dage om ugen", "Revideret på opfølgningsmødet"))
                .hasStatus3xxRedirection();

        assertThat(count("goal_revision where goal_id = ?", goal)).isEqualTo(2);
        assertThat(jdbc.sql("select title_before || ' -> ' || title_after || ' / ' || reason from goal_revision "
                + "where goal_id = ? and title_before is not null").param(goal).query(String.class).single())
                .isEqualTo("Jeg kommer i skole hver dag -> Jeg kommer i skole fire dage om ugen / Revideret på opfølgningsmødet");
        assertThat(count("deadline where rule_id = 'goals.revise' and subject_id = ? and met_at is not null", goal)).isEqualTo(1);
        assertThat(count("deadline where rule_id = 'goals.revise' and subject_id = ? and met_at is null", goal)).isEqualTo(1);
        assertThat(mvc.get().uri("/sager/{c}/maal/{g}", c.id, goal).with(data.as(c.caseworker)).exchange()).hasStatusOk()
                .bodyText().contains("Ordlyd før: Jeg kommer i skole hver dag", "Revideret på opfølgningsmødet",
                        "Test " + c.caseworker);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedInDanishAndKeepsWhatWasTyped() {
        Case c = newCase("Konflikt");
        long goal = setGoal(c, "Vi spiser aftensmad sammen");
        revise(c, goal, "0", "Vi spiser sammen tre aftener om ugen", "Mor foreslog det");

        assertThat(revise(c, goal, "0", "Min egen ordlyd, som ikke må gå tabt", "Min begrundelse")).hasStatusOk()
                .bodyText().contains("er blevet ændret af en anden", "Min egen ordlyd, som ikke må gå tabt",
                        "Min begrundelse");
        assertThat(jdbc.sql("select title from goal where id = ?").param(goal).query(String.class).single())
                .isEqualTo("Vi spiser sammen tre aftener om ugen");
    }

    @Test
    void aFourthActiveGoalIsAllowedWithAWarning() {
        Case c = newCase("Fire mål");
        for (int i = 1; i <= 4; i++) {
            setGoal(c, "Mål nummer " + i);
        }
        assertThat(mvc.get().uri("/sager/{id}/plan", c.id).with(data.as(c.caseworker)).exchange()).hasStatusOk()
                .bodyText().contains("Barnet har 4 aktive mål", "højst 3 mål");
        assertThat(mvc.get().uri("/api/v1/cases/{id}/plan", c.id).with(data.as(c.caseworker)).exchange()).hasStatusOk()
                .bodyJson().extractingPath("$.activeGoals").isEqualTo(4);
    }

    @Test
    void anotherTeamCannotSeeOrChangeThePlanAndTheAttemptIsAudited() {
        Case c = newCase("Adgang");
        long goal = setGoal(c, "Jeg har en ven i klassen");
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/sager/{id}/plan", c.id).with(data.as(outsider)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/sager/{c}/maal/{g}", c.id, goal).with(data.as(outsider)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cases/{id}/goals", c.id).with(data.as(outsider)).exchange()).hasStatus(404);
        assertThat(revise(c.id, outsider, goal, "1", "Ændret udefra", "Forsøg")).hasStatus(404);
        assertThat(data.auditCount(c.child, outsider, "DENIED")).isEqualTo(4);
        assertThat(jdbc.sql("select title from goal where id = ?").param(goal).query(String.class).single())
                .isEqualTo("Jeg har en ven i klassen");
    }

    private record Case(long id, long child, String caseworker) {
    }

    private Case newCase(String name) {
        long team = data.team(name);
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Freja", data.uniqueLastName());
        return new Case(data.openCase(child, team, data.userId(caseworker)), child, caseworker);
    }

    private long decideSupport(Case c) {
        jdbc.sql("update case_file set phase = 'DECISION' where id = ?").param(c.id).update();
        mvc.post().uri("/sager/{id}/afgoerelser", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("type", "SUPPORTIVE").param("legalBasisId", "BL-32").param("subtype", "Familiebehandling")
                .param("purpose", "Færre konflikter hjemme").param("expectedEffect", "Mere ro")
                .param("expectedDurationMonths", "6").param("childView", "Jeg vil have, at vi skændes mindre")
                .param("decidedOn", decidedOn().toString())
                .param("complaintGuidance", Decisions.DEFAULT_COMPLAINT_GUIDANCE).exchange();
        return jdbc.sql("select id from decision where case_id = ?").param(c.id).query(Long.class).single();
    }

    private LocalDate decidedOn() {
        return LocalDate.now(clock).minusDays(5);
    }

    private long setGoal(Case c, String title) {
        assertThat(mvc.post().uri("/sager/{id}/maal", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("title", title).param("dimensionIds", "2")
                .param("criteria[0].perspective", "CHILD").param("criteria[0].name", "Freja")
                .param("criteria[0].text", "Jeg er glad, når jeg går i skole")
                .param("supporters[0].perspective", "SCHOOL").param("supporters[0].text", "Læreren ringer ved fravær")
                .exchange()).hasStatus3xxRedirection();
        return jdbc.sql("select max(id) from goal where case_id = ?").param(c.id).query(Long.class).single();
    }

    private MvcTestResult revise(Case c, long goal, String version, String title, String reason) {
        return revise(c.id, c.caseworker, goal, version, title, reason);
    }

    private MvcTestResult revise(long caseId, String user, long goal, String version, String title, String reason) {
        return mvc.post().uri("/sager/{c}/maal/{g}", caseId, goal).with(data.as(user)).with(csrf())
                .param("title", title).param("status", "ACTIVE").param("reason", reason).param("version", version)
                .param("criteria[0].perspective", "PARENT").param("criteria[0].text", "Vi har ro om morgenen")
                .exchange();
    }

    private long openPlanDeadlines(long caseId) {
        return count("deadline where rule_id = 'child-plan.after-decision' and met_at is null and case_id = ?", caseId);
    }

    private long count(String from, long id) {
        return jdbc.sql("select count(*) from " + from).param(id).query(Long.class).single();
    }
}
