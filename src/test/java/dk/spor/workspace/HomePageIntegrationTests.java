package dk.spor.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class HomePageIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theLeaderSeesTheTeamsOverdueDeadlinesMarkedWhenEscalated() {
        long team = data.team("Forside");
        String caseworker = data.user(Role.CASEWORKER, team);
        String leader = data.user(Role.TEAM_LEADER, team);
        long child = data.child("Johan", "Krog");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                      triggered_at, due_at, escalated_at)
                select id, name_da, 'CASE', ?, ?, ?, ?, now() - interval '5 days', now() - interval '4 days', now()
                  from deadline_rule where id = 'concern-report.assess-24h' and version = 1""")
                .param(caseId).param(caseId).param(child).param(data.userId(caseworker)).update();

        assertThat(mvc.get().uri("/").with(data.as(leader))).hasStatusOk().bodyText()
                .contains("Overskredne frister").contains("Johan Krog").contains("Eskaleret til leder");
        assertThat(mvc.get().uri("/").with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Mine opgaver").contains("Vurdér underretningen for akut fare");
    }

    @Test
    void theCaseworkerSeesInformationRequestsWhoseReplyIsOverdue() {
        long team = data.team("Forside");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Malthe", "Bak");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        long investigation = jdbc.sql("""
                insert into investigation (case_id, kind, awareness_date, start_reason, started_by, started_at)
                values (?, 'CHILD_INVESTIGATION', current_date - 30, 'Screeningens udfald', ?, now()) returning id""")
                .param(caseId).param(data.userId(caseworker)).query(Long.class).single();
        jdbc.sql("""
                insert into information_request (investigation_id, recipient_kind, recipient_name, purpose, questions,
                       reply_due, consent_basis, sent_on, sent_by)
                values (?, 'SCHOOL', 'Herlev Byskole', 'Trivsel', 'Fravær?', current_date - 3, 'CONSENT',
                        current_date - 17, ?)""")
                .param(investigation).param(data.userId(caseworker)).update();

        assertThat(mvc.get().uri("/").with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Oplysninger der mangler svar").contains("Herlev Byskole").contains("Malthe Bak");
    }
}
