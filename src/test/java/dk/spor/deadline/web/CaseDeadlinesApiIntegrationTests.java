package dk.spor.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class CaseDeadlinesApiIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired Deadlines deadlines;
    @Autowired JdbcClient jdbc;

    long team;
    long child;
    long caseId;
    String caseworker;

    @BeforeEach
    void aCaseWithDeadlines() {
        team = data.team("API");
        caseworker = data.user(Role.CASEWORKER, team);
        child = data.child("Karl", "Api");
        caseId = data.openCase(child, team, data.userId(caseworker));
        start("concern-report.confirm-receipt", "2026-04-01T07:00:00Z");
        start("child-investigation.complete-4-months", "2039-10-30T23:00:00Z");
        start("concern-report.assess-24h", "2026-04-01T07:00:00Z");
        deadlines.complete("concern-report.assess-24h", "concern-report", caseId, Instant.parse("2026-04-01T09:30:00Z"));
    }

    @Test
    void caseworkerGetsEachDeadlineWithItsRuleTriggerAndDanishTimesAndTheReadIsAudited() {
        var response = assertThat(mvc.get().uri("/api/v1/cases/{id}/deadlines", caseId).with(data.as(caseworker)))
                .hasStatusOk().bodyJson();

        response.extractingPath("$.caseId").isEqualTo((int) caseId);
        response.extractingPath("$.deadlines[*].ruleId").asArray().containsExactly("concern-report.confirm-receipt",
                "child-investigation.complete-4-months", "concern-report.assess-24h");
        response.extractingPath("$.deadlines[0].nameDa").isEqualTo("Bekræft modtagelsen over for underretteren");
        response.extractingPath("$.deadlines[0].ruleVersion").isEqualTo(1);
        response.extractingPath("$.deadlines[0].legalReference").asString().contains("Barnets lov § 137, stk. 1");
        response.extractingPath("$.deadlines[0].triggerEvent").isEqualTo("intake.concern-report-received");
        response.extractingPath("$.deadlines[0].computedAs").isEqualTo("6 hverdage efter modtagelsen af underretningen");
        response.extractingPath("$.deadlines[0].triggeredAt").isEqualTo("2026-04-01T09:00:00+02:00");
        response.extractingPath("$.deadlines[0].dueAt").isEqualTo("2026-04-14T23:59:59.999999+02:00");
        response.extractingPath("$.deadlines[0].status").isEqualTo("overdue");
        response.extractingPath("$.deadlines[0].completedAt").isNull();
        response.extractingPath("$.deadlines[1].dueAt").isEqualTo("2040-02-29T23:59:59.999999+01:00");
        response.extractingPath("$.deadlines[1].status").isEqualTo("open");
        response.extractingPath("$.deadlines[2].status").isEqualTo("met");
        response.extractingPath("$.deadlines[2].completedAt").isEqualTo("2026-04-01T11:30:00+02:00");
        assertThat(auditCount(caseworker, "READ")).isEqualTo(1);
    }

    @Test
    void aCaseOutsideTheUsersTeamsIsNotFoundAndTheAttemptIsAudited() {
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/api/v1/cases/{id}/deadlines", caseId).with(data.as(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("underretteren");
        assertThat(auditCount(outsider, "DENIED")).isEqualTo(1);
    }

    @Test
    void anAdministratorSeesNoChildsDeadlines() {
        String admin = data.user(Role.ADMIN, null);

        assertThat(mvc.get().uri("/api/v1/cases/{id}/deadlines", caseId).with(data.as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private void start(String ruleId, String at) {
        deadlines.start(DeadlineTriggered.onCase(ruleId, "concern-report", caseId, caseId, Instant.parse(at)));
    }

    private long auditCount(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where child_id = ? and action = ? and username = ?")
                .param(child).param(action).param(username).query(Long.class).single();
    }
}
