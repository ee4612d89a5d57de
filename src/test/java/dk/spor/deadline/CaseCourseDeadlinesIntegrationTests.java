package dk.spor.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class CaseCourseDeadlinesIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aProfessionalsReportStartsThe24HourAndReceiptDeadlinesAndTheAssessmentMeetsTheFirst() {
        long team = data.team("Frister");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Victor", "Nygaard");
        data.openCase(child, team, data.userId(caseworker));
        String cpr = jdbc.sql("select cpr from child where id = ?").param(child).query(String.class).single();

        // Wednesday 1 April 2026: the 6 working days skip Skærtorsdag, Langfredag and 2. påskedag (7-14 April).
        assertThat(mvc.post().uri("/underretninger").with(data.as(caseworker)).with(csrf())
                .param("kind", "CONCERN_REPORT").param("cpr", cpr).param("reporterType", "SCHOOL")
                .param("reporterOrganisation", "Engskolen").param("receivedDate", "2026-04-01")
                .param("receivedTime", "09:00").param("channel", "SECURE_EMAIL").param("content", "Bekymring"))
                .hasStatus3xxRedirection();
        long report = jdbc.sql("select id from concern_report where child_id = ?").param(child).query(Long.class).single();

        await().atMost(Duration.ofSeconds(10)).until(() -> dueTimes(report).size() == 2);
        assertThat(dueTimes(report)).containsExactly(
                "concern-report.assess-24h 2026-04-02 09:00",
                "concern-report.confirm-receipt 2026-04-14 23:59");

        assertThat(mvc.get().uri("/api/v1/concern-reports/{id}/deadlines", report).with(data.as(caseworker)))
                .hasStatusOk().bodyJson().extractingPath("$.deadlines[1].dueAt").isEqualTo("2026-04-14T23:59:59.999999+02:00");

        assertThat(mvc.post().uri("/underretninger/{id}/vurdering", report).with(data.as(caseworker)).with(csrf())
                .param("version", "0").param("acuteDanger", "false").param("reasons", "Ingen akut fare"))
                .hasStatus3xxRedirection();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select met_at is not null from deadline where subject_type = 'CONCERN_REPORT' and subject_id = ? "
                        + "and rule_id = 'concern-report.assess-24h'")
                .param(report).query(Boolean.class).single());
    }

    @Test
    void aCaseMovedIntoAnInvestigationGetsItsFourMonthDeadlineFromTheAwarenessDate() {
        long team = data.team("Frister");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Alma", "Juul");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set awareness_date = '2027-10-31' where id = ?").param(caseId).update();

        assertThat(mvc.post().uri("/sager/{id}/afgoerelser", caseId).with(data.as(caseworker)).with(csrf())
                .param("type", "CHILD_INVESTIGATION").param("legalBasisId", "BL-20")
                .param("purpose", "Undersøge Almas skolefravær og trivsel").param("childView", "Jeg vil gerne i skole")
                .param("decidedOn", "2026-11-20").param("complaintGuidance", "Klagevejledning"))
                .hasStatus3xxRedirection();

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from deadline where case_id = ? and rule_id = 'child-investigation.complete-4-months'")
                .param(caseId).query(Long.class).single() == 1);
        assertThat(jdbc.sql("""
                select to_char(due_at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD') from deadline
                 where case_id = ? and rule_id = 'child-investigation.complete-4-months'""")
                .param(caseId).query(String.class).single()).isEqualTo("2028-02-29");
    }

    private List<String> dueTimes(long report) {
        return jdbc.sql("""
                select rule_id || ' ' || to_char(due_at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI')
                  from deadline where subject_type = 'CONCERN_REPORT' and subject_id = ? order by due_at""")
                .param(report).query(String.class).list();
    }
}
