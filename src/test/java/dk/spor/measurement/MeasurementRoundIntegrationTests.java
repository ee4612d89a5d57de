package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class MeasurementRoundIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void scoresStayHiddenUntilEveryoneHasAnsweredThenStandBesideThePreviousRound() {
        long team = data.team("Møde");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Sofie", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));

        long first = startRound(caseworker, caseId, 42L);
        List<Long> firstParticipants = participants(first);
        answer(caseworker, first, firstParticipants.get(0), "4", "Jeg er ked af det i skolen");
        answer(caseworker, first, firstParticipants.get(1), "3", "Morgenerne er svære");

        long second = startRound(caseworker, caseId, 43L);
        List<Long> participants = participants(second);
        answer(caseworker, second, participants.get(0), "7", "Jeg har fået en ven");

        assertThat(mvc.get().uri("/maalerunder/{id}", second).with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("1 af 2 har svaret").contains("Har svaret").contains("Svar som Mor")
                .doesNotContain("Jeg har fået en ven");

        answer(caseworker, second, participants.get(1), "5", "Bedre morgener");

        assertThat(mvc.get().uri("/maalerunder/{id}", second).with(data.as(caseworker))).hasStatusOk().bodyText()
                .contains("Jeg har fået en ven").contains("Bedre morgener").contains("+3").contains("+2");
        assertThat(jdbc.sql("select count(*) from measurement where round_id = ? and meeting_id = 43 and channel = 'MEETING'")
                .param(second).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select closed_at is not null from measurement_round where id = ?").param(second)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theCaseworkerCanEndARoundEarlyAndNoOneCanAnswerAfterwards() {
        long team = data.team("Møde");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Viggo", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        long round = startRound(caseworker, caseId, null);
        List<Long> participants = participants(round);
        answer(caseworker, round, participants.get(0), "6", "Det går fint");

        mvc.post().uri("/maalerunder/{id}/afslut", round).with(data.as(caseworker)).with(csrf()).param("version", "0")
                .exchange();

        assertThat(mvc.get().uri("/maalerunder/{id}", round).with(data.as(caseworker))).bodyText()
                .contains("Det går fint").contains("Svarede ikke");
        assertThat(mvc.post().uri("/maalerunder/{r}/deltagere/{p}", round, participants.get(1)).with(data.as(caseworker))
                .with(csrf()).param("scores[0]", "5").param("reason", "For sent")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from measurement where round_id = ?").param(round).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherTeamCannotOpenTheRound() {
        long team = data.team("Møde");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ellen", data.uniqueLastName());
        long round = startRound(caseworker, data.openCase(child, team, data.userId(caseworker)), null);
        String outsider = data.user(Role.CASEWORKER, data.team("Andet"));

        assertThat(mvc.get().uri("/maalerunder/{id}", round).with(data.as(outsider))).hasStatus4xxClientError();
        assertThat(data.auditCount(child, outsider, "DENIED")).isEqualTo(1);
    }

    private long startRound(String caseworker, long caseId, Long meetingId) {
        var request = mvc.post().uri("/sager/{id}/maalerunder", caseId).with(data.as(caseworker)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL")
                .param("participants[0].include", "true").param("participants[0].name", "Barnet")
                .param("participants[0].perspective", "CHILD")
                .param("participants[1].include", "true").param("participants[1].name", "Mor")
                .param("participants[1].perspective", "PARENT")
                .param("participants[2].name", "Ikke med").param("participants[2].perspective", "NETWORK");
        if (meetingId != null) {
            request = request.param("meetingId", meetingId.toString());
        }
        assertThat(request).hasStatus3xxRedirection();
        return jdbc.sql("select max(id) from measurement_round where case_id = ?").param(caseId).query(Long.class).single();
    }

    private List<Long> participants(long round) {
        return jdbc.sql("select id from measurement_round_participant where round_id = ? order by position")
                .param(round).query(Long.class).list();
    }

    private void answer(String caseworker, long round, long participant, String score, String reason) {
        assertThat(mvc.post().uri("/maalerunder/{r}/deltagere/{p}", round, participant).with(data.as(caseworker))
                .with(csrf()).param("scores[0]", score).param("reason", reason)).hasStatus3xxRedirection();
    }
}
