package dk.spor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class IntakeIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aReportOnANewChildOpensACaseInTheTeamsIntakeQueue() {
        long team = data.team("Intake");
        String caseworker = data.user(Role.CASEWORKER, team);

        var result = mvc.post().uri("/underretninger").with(data.as(caseworker)).with(csrf())
                .param("kind", "CONCERN_REPORT").param("cpr", "150318-4006").param("firstName", "Alma")
                .param("lastName", "Kjær").param("reporterType", "SCHOOL").param("reporterOrganisation", "Herlev Skole")
                .param("receivedDate", "2026-11-20").param("receivedTime", "09:15").param("channel", "SECURE_EMAIL")
                .param("categories", "NEGLECT", "SCHOOL_ABSENCE").param("content", "Alma kommer ofte sulten i skole.")
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select count(*) from case_file c join child ch on ch.id = c.child_id
                 where ch.cpr = '1503184006' and c.caseworker_id is null and c.team_id = ?""")
                .param(team).query(Long.class).single()).as("new case waits in the team's queue").isEqualTo(1);
        assertThat(jdbc.sql("select phase from case_file c join child ch on ch.id = c.child_id where ch.cpr = '1503184006'")
                .query(String.class).single()).isEqualTo("NOTIFICATION_RECEIVED");
    }

    @Test
    void aFutureReceivedDateIsRefusedInDanishAndTheTextIsKept() {
        long team = data.team("Intake");
        String caseworker = data.user(Role.CASEWORKER, team);

        assertThat(mvc.post().uri("/underretninger").with(data.as(caseworker)).with(csrf())
                .param("kind", "CONCERN_REPORT").param("cpr", "150318-4006").param("reporterType", "CITIZEN")
                .param("receivedDate", "2099-01-01").param("receivedTime", "09:15").param("channel", "PHONE")
                .param("content", "Naboen hører råb <script>alert(1)</script> om natten."))
                .hasStatusOk().bodyText()
                .contains("Modtagelsestidspunktet kan ikke ligge i fremtiden.")
                .containsPattern("id=\"receivedDate-error\"[^>]*>Modtagelsestidspunktet kan ikke ligge i fremtiden.")
                .contains("Naboen hører råb &lt;script&gt;alert(1)&lt;/script&gt; om natten.")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void anInvalidCprDateAndATooLongTextGetMessagesNotAnError() {
        long team = data.team("Intake");
        String caseworker = data.user(Role.CASEWORKER, team);

        assertThat(mvc.post().uri("/underretninger").with(data.as(caseworker)).with(csrf())
                .param("kind", "CONCERN_REPORT").param("cpr", "310218-1234").param("reporterType", "CITIZEN")
                .param("receivedDate", "2026-11-01").param("receivedTime", "09:15").param("channel", "PHONE")
                .param("content", "x".repeat(10_001)))
                .hasStatusOk().bodyText()
                .contains("CPR-nummeret er ikke gyldigt")
                .contains("Teksten er for lang: 10001 tegn");
    }

    @Test
    void aReportOnAChildWithAnOpenCaseGoesToThatCaseAndTwoWithinSixMonthsAreFlagged() {
        long team = data.team("Intake");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Noah", "Berg");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        String cpr = jdbc.sql("select cpr from child where id = ?").param(child).query(String.class).single();

        for (String date : new String[] {"2026-07-01", "2026-11-02"}) {
            assertThat(mvc.post().uri("/underretninger").with(data.as(caseworker)).with(csrf())
                    .param("kind", "CONCERN_REPORT").param("cpr", cpr).param("reporterType", "DAYCARE")
                    .param("reporterOrganisation", "Børnehuset Mælkebøtten").param("receivedDate", date)
                    .param("receivedTime", "08:00").param("channel", "DIGITAL_FORM").param("content", "Bekymring"))
                    .hasStatus3xxRedirection();
        }

        assertThat(jdbc.sql("select count(*) from concern_report where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(2);
        assertThat(mvc.get().uri("/boern/{id}", child).with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Gentagen bekymring");
    }

    @Test
    void theAcuteAssessmentNeedsReasonsAndIsRecordedInTheChronology() {
        long team = data.team("Intake");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ida", "Lund");
        long caseId = data.openCase(child, team, data.userId(caseworker));
        long report = jdbc.sql("""
                insert into concern_report (child_id, case_id, kind, reporter_type, reporter_organisation, received_at,
                       channel, content, registered_at)
                values (?, ?, 'CONCERN_REPORT', 'SCHOOL', 'Skolen', now(), 'PHONE', 'Bekymring', now()) returning id""")
                .param(child).param(caseId).query(Long.class).single();

        assertThat(mvc.post().uri("/underretninger/{id}/vurdering", report).with(data.as(caseworker)).with(csrf())
                .param("version", "0").param("acuteDanger", "true"))
                .hasStatusOk().bodyText().contains("Begrund vurderingen.").contains("beskriv hvad der gøres straks");

        assertThat(mvc.post().uri("/underretninger/{id}/vurdering", report).with(data.as(caseworker)).with(csrf())
                .param("version", "0").param("acuteDanger", "false").param("reasons", "Barnet er i sikkerhed hos mormor."))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = 'intake.assessed'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);

        assertThat(mvc.post().uri("/underretninger/{id}/kvittering", report).with(data.as(caseworker)).with(csrf())
                .param("version", "0")).hasStatusOk().bodyText().contains("ændret af en anden");
    }
}
