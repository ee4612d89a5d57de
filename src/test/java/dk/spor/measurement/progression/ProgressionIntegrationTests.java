package dk.spor.measurement.progression;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.measurement.ProgressionAlerts;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ProgressionIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired ProgressionAlerts alerts;
    @Autowired AlertRound round;

    Measurements measurements;
    long team;
    String caseworker;
    String leader;
    long child;
    long caseId;

    @BeforeEach
    void aCaseWithAChildMeasuredFromTwoPerspectives() {
        measurements = new Measurements(jdbc);
        team = data.team("Progression");
        caseworker = data.user(Role.CASEWORKER, team);
        leader = data.user(Role.TEAM_LEADER, team);
        child = data.child("Ida", data.uniqueLastName());
        caseId = data.openCase(child, team, data.userId(caseworker));
        measurements.single(caseId, child, "TRIVSELSLINEAL", null, "CHILD", "Ida", 60, 7, "Det går godt i skolen.");
        measurements.single(caseId, child, "TRIVSELSLINEAL", null, "PARENT", "Anne Holm", 60, 6, null);
        measurements.single(caseId, child, "TRIVSELSLINEAL", null, "CHILD", "Ida", 5, 4, "Jeg har ingen at lege med.");
        measurements.single(caseId, child, "TRIVSELSLINEAL", null, "PARENT", "Anne Holm", 5, 6, null);
    }

    @Test
    void aDropIsMaterialisedOnceHoweverOftenTheCaseIsEvaluated() {
        alerts.evaluate(caseId);
        alerts.evaluate(caseId);

        assertThat(openAlerts("DROP")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = 'measurement.alert'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select title from progression_alert where case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("Fald i Trivsel: Barnet (Ida)");
    }

    @Test
    void theAlertIsResolvedWhenTheCourseRecovers() {
        alerts.evaluate(caseId);
        measurements.single(caseId, child, "TRIVSELSLINEAL", null, "CHILD", "Ida", 1, 7, "Jeg har fået en ven.");

        alerts.evaluate(caseId);

        assertThat(openAlerts("DROP")).isZero();
        assertThat(jdbc.sql("select resolution from progression_alert where case_id = ? and resolved_at is not null")
                .param(caseId).query(String.class).single()).startsWith("Scoren er igen");
    }

    @Test
    void theRoundRaisesSilenceOnAFollowedUpCaseWithoutRecentMeasurements() {
        long quiet = data.openCase(data.child("Otto", data.uniqueLastName()), team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'INTERVENTION' where id = ?").param(quiet).update();
        long quietChild = jdbc.sql("select child_id from case_file where id = ?").param(quiet).query(Long.class).single();
        measurements.single(quiet, quietChild, "TRIVSELSLINEAL", null, "CASEWORKER", "Rådgiver", 120, 5, null);

        round.run();

        assertThat(jdbc.sql("select count(*) from progression_alert where case_id = ? and kind = 'SILENCE' "
                + "and resolved_at is null").param(quiet).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from progression_evaluation where case_id = ?").param(quiet)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLeadersListReadsTheAlertTable() {
        jdbc.sql("""
                insert into progression_alert (case_id, child_id, kind, instrument_code, subject_key, title, detail,
                                               raised_at)
                values (?, ?, 'ALLIANCE', 'SRS', 'respondent:CHILD:Ida', 'Svag alliance i SRS: Barnet (Ida)',
                        '30 den 1. feb. 2026, under grænsen på 36.', now())""").param(caseId).param(child).update();

        assertThat(mvc.get().uri("/progression/advarsler/team").with(data.as(leader))).hasStatusOk().bodyText()
                .contains("Svag alliance i SRS: Barnet (Ida)").contains("Se alle 1 åbne advarsler");
        assertThat(mvc.get().uri("/progression/advarsler?type=ALLIANCE").with(data.as(leader))).hasStatusOk()
                .bodyText().contains("Svag alliance i SRS");
        assertThat(mvc.get().uri("/progression/advarsler/mine").with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Svag alliance i SRS");
        assertThat(data.auditCount(child, leader, "READ")).isPositive();
    }

    @Test
    void thePageShowsEachParticipantsPreviousAndNewestAndAuditsTheRead() {
        alerts.evaluate(caseId);

        assertThat(mvc.get().uri("/boern/{id}/progression", child).with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Progression for Ida").contains("Forrige og nyeste måling").contains("Barnet (Ida)")
                .contains("Forælder (Anne Holm)").contains("Jeg har ingen at lege med.").contains("−3")
                .contains("Fald i Trivsel: Barnet (Ida)");
        assertThat(data.auditCount(child, caseworker, "READ")).isEqualTo(1);
    }

    @Test
    void theChildsPageSummaryShowsTheOpenAlerts() {
        alerts.evaluate(caseId);

        assertThat(mvc.get().uri("/boern/{id}/progression/udsnit", child).with(data.as(caseworker))).hasStatusOk()
                .bodyText().contains("Fald i Trivsel: Barnet (Ida)").contains("Se barnets progression");
    }

    @Test
    void theApiReturnsTheChartLinesAsJson() {
        assertThat(mvc.get().uri("/api/v1/children/{id}/progression?instrument=TRIVSELSLINEAL", child)
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(caseworker, TestData.PASSWORD)))
                .hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON).bodyJson().satisfies(json -> {
                    assertThat(json).extractingPath("$.chart.instrumentCode").isEqualTo("TRIVSELSLINEAL");
                    assertThat(json).extractingPath("$.chart.lines.length()").isEqualTo(2);
                    assertThat(json).extractingPath("$.chart.lines[0].points.length()").isEqualTo(2);
                    assertThat(json).extractingPath("$.previousNewest[0].total.changeText").isEqualTo("−3");
                });
    }

    @Test
    void thePdfIsATaggedDocument() {
        assertThat(mvc.get().uri("/boern/{id}/progression.pdf", child).with(data.as(caseworker))).hasStatusOk()
                .hasContentType(MediaType.APPLICATION_PDF);
        assertThat(data.auditCount(child, caseworker, "EXPORT")).isEqualTo(1);
    }

    @Test
    void anotherTeamIsDeniedTheChildsProgression() {
        String stranger = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/boern/{id}/progression", child).with(data.as(stranger))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/children/{id}/progression", child)
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(stranger, TestData.PASSWORD))).hasStatus(404);
        assertThat(data.auditCount(child, stranger, "DENIED")).isEqualTo(2);
        assertThat(data.auditCount(child, stranger, "READ")).isZero();
    }

    private long openAlerts(String kind) {
        return jdbc.sql("select count(*) from progression_alert where case_id = ? and kind = ? and resolved_at is null")
                .param(caseId).param(kind).query(Long.class).single();
    }
}
