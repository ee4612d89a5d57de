package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import dk.spor.measurement.MeasurementChannel;
import dk.spor.measurement.MeasurementRecorded;
import dk.spor.measurement.ProgressionAlertRaised;
import dk.spor.meeting.FollowUpCallRecorded;
import dk.spor.organisation.Role;
import dk.spor.shared.Perspective;
import dk.spor.statusreport.StatusReportSubmitted;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ReportsIntoInboxIntegrationTests {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    @Test
    void aStatusReportALinkAnswerAProgressionAlertAndAParentCallLandUnassessedAndAScreenScoreDoesNot() {
        long team = data.team("Indbakke");
        long child = data.child("Asta", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(data.user(Role.CASEWORKER, team)));
        long provider = data.provider("Udfører " + data.uniqueLastName());
        Instant at = Instant.parse("2026-11-20T09:00:00Z");

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new StatusReportSubmitted(9001, caseId, child, 1, provider, at));
            events.publishEvent(new MeasurementRecorded(9002, caseId, child, "TRIVSELSLINEAL", Perspective.CHILD,
                    MeasurementChannel.LINK, at));
            events.publishEvent(new MeasurementRecorded(9003, caseId, child, "TRIVSELSLINEAL", Perspective.CASEWORKER,
                    MeasurementChannel.SCREEN, at));
            events.publishEvent(new FollowUpCallRecorded(9004, 1, caseId, child, "Anne Jensen", at,
                    "Indsatsen er gået i gang."));
            events.publishEvent(new ProgressionAlertRaised(9005, caseId, child, "DROP", "Fald i trivsel",
                    "Barnets trivsel er faldet 3 point.", at));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> unassessed(caseId) == 4);
        assertThat(jdbc.sql("select source from new_information where case_id = ? order by source").param(caseId)
                .query(String.class).list()).containsExactly("CONTACT", "MEASUREMENT", "PROGRESSION_ALERT", "PROVIDER_REPORT");
        assertThat(jdbc.sql("select title from new_information where case_id = ? and source = 'MEASUREMENT'")
                .param(caseId).query(String.class).single()).isEqualTo("Trivselslinealen besvaret via link (barnet)");
        assertThat(jdbc.sql("select person_name || ': ' || summary from contact_entry where case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("Anne Jensen: Indsatsen er gået i gang.");
    }

    private long unassessed(long caseId) {
        return jdbc.sql("select count(*) from new_information where case_id = ? and assessed_at is null")
                .param(caseId).query(Long.class).single();
    }
}
