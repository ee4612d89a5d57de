package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class FollowUpIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired NewInformationInbox inbox;

    @Test
    void aContactOnAnOpenCaseLandsUnassessedOnTheStartPageUntilTheCaseworkerAssessesIt() {
        Fixture f = runningCase("Kontakt");

        assertThat(logCall(f, "Mor fortæller, at Liva har været hjemme fra skole tre dage.")).hasStatus3xxRedirection();

        long item = onlyItem(f.caseId());
        assertThat(kinds(f.caseId())).contains("contact.call", "followup.registered");
        assertThat(mvc.get().uri("/ny-viden/udsnit/mine").with(data.as(f.caseworker())))
                .hasStatusOk().bodyText().contains("Telefonsamtale med Anne Test").contains("Ny viden til vurdering");

        assertThat(assess(f, item, "0", "outcome", "NO_ADJUSTMENT"))
                .hasStatusOk().bodyText().contains("Begrund hvorfor oplysningerne ikke giver anledning");
        assertThat(isAssessed(item)).isFalse();

        assertThat(assess(f, item, "0", "outcome", "NO_ADJUSTMENT", "assessment", "Fraværet skyldtes influenza."))
                .hasStatus3xxRedirection();
        assertThat(isAssessed(item)).isTrue();
        assertThat(kinds(f.caseId())).contains("followup.assessed");
        assertThat(mvc.get().uri("/ny-viden/udsnit/mine").with(data.as(f.caseworker())))
                .hasStatusOk().bodyText().doesNotContain("Telefonsamtale med Anne Test");
        assertThat(data.auditCount(f.childId(), f.caseworker(), "UPDATE")).isPositive();
    }

    @Test
    void aFollowUpMeetingOutcomeNeedsATimeInTheFutureAndShowsTheRequestOnTheItem() {
        Fixture f = runningCase("Møde");
        logCall(f, "Skolen oplever, at Liva trækker sig fra kammeraterne.");
        long item = onlyItem(f.caseId());

        assertThat(assess(f, item, "0", "outcome", "FOLLOW_UP_MEETING", "meetingStartsAt", "2020-01-01T10:00"))
                .hasStatusOk().bodyText().contains("Opfølgningsmødet skal ligge efter nu");
        String inAWeek = LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.MINUTES).toString();
        assertThat(assess(f, item, "0", "outcome", "FOLLOW_UP_MEETING", "meetingStartsAt", inAWeek))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/sager/{c}/ny-viden/{i}", f.caseId(), item).with(data.as(f.caseworker())))
                .hasStatusOk().bodyText().contains("planlagt på sagens møder");
        assertThat(jdbc.sql("select count(*) from meeting where case_id = ? and type_code = 'FOLLOW_UP' "
                + "and status = 'PLANNED' and purpose like 'Opfølgning på ny viden%'").param(f.caseId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondAssessmentOnTheSameVersionIsAConflictThatKeepsWhatWasTyped() {
        Fixture f = runningCase("Konflikt");
        logCall(f, "Far ringer og er bekymret for aftenerne.");
        long item = onlyItem(f.caseId());
        assess(f, item, "0", "outcome", "NO_ADJUSTMENT", "assessment", "Drøftes på næste møde.");

        assertThat(assess(f, item, "0", "outcome", "NO_ADJUSTMENT", "assessment", "Min egen vurdering af aftenerne"))
                .hasStatusOk().bodyText().contains("vurderet af en anden").contains("Min egen vurdering af aftenerne")
                .contains("Drøftes på næste møde.");
    }

    @Test
    void aConcernReportOnACaseWithARunningInterventionLandsInTheInbox() {
        Fixture f = runningCase("Underretning");
        String cpr = jdbc.sql("select cpr from child where id = ?").param(f.childId()).query(String.class).single();

        assertThat(mvc.post().uri("/underretninger").with(data.as(f.caseworker())).with(csrf())
                .param("kind", "CONCERN_REPORT").param("cpr", cpr).param("reporterType", "SCHOOL")
                .param("reporterOrganisation", "Herlev Skole").param("receivedDate", yesterday().toLocalDate().toString())
                .param("receivedTime", "09:15").param("channel", "SECURE_EMAIL")
                .param("content", "Liva har blå mærker på armen og vil ikke sige hvorfor."))
                .hasStatus3xxRedirection();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select source from new_information where case_id = ?").param(f.caseId()).query(String.class).list())
                .containsExactly("CONCERN_REPORT"));
    }

    @Test
    void aCaseCannotCloseWhileADeadlineIsOpenAnInterventionRunsOrInformationIsUnassessed() {
        Fixture f = runningCase("Lukning");
        long deadline = jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, triggered_at, due_at)
                values ('intervention.next-follow-up', 'Næste opfølgning', 'CASE', ?, ?, ?, now(), now() + interval '30 days')
                returning id""").param(f.caseId()).param(f.caseId()).param(f.childId()).query(Long.class).single();
        long intervention = runningIntervention(f);
        logCall(f, "Mor siger, at det går godt nu.");

        assertThat(close(f)).hasStatusOk().bodyText().contains("Sagen kan ikke lukkes endnu")
                .contains("1 åben frist").contains("1 indsats").contains("1 stykke ny viden")
                .contains("Formålet er nået: Liva går i skole hver dag.");
        assertThat(isClosed(f)).isFalse();

        assertThat(mvc.post().uri("/sager/{c}/afslut/frister/{d}", f.caseId(), deadline).with(data.as(f.caseworker()))
                .with(csrf()).param("reason", "")).hasStatusOk().bodyText()
                .contains("Skriv hvorfor fristen ikke længere er relevant");
        assertThat(mvc.post().uri("/sager/{c}/afslut/frister/{d}", f.caseId(), deadline).with(data.as(f.caseworker()))
                .with(csrf()).param("reason", "Sagen afsluttes; der holdes ikke flere opfølgningsmøder."))
                .hasStatus3xxRedirection();
        jdbc.sql("update intervention set status = 'ENDED', ended_on = current_date, end_reason = 'Formål nået' where id = ?")
                .param(intervention).update();
        assess(f, onlyItem(f.caseId()), "0", "outcome", "NO_ADJUSTMENT", "assessment", "Bekræfter at formålet er nået.");

        assertThat(close(f)).hasStatus3xxRedirection();
        assertThat(isClosed(f)).isTrue();
        assertThat(kinds(f.caseId())).contains("deadline.closed", "followup.closing", "casefile.closed");
        assertThat(jdbc.sql("select closing_reason from case_file where id = ?").param(f.caseId()).query(String.class)
                .single()).isEqualTo("Formålet er nået: Liva går i skole hver dag.");
    }

    @Test
    void closingNeedsTheChildsViewOrWhyItCouldNotBeObtained() {
        Fixture f = runningCase("Synspunkt");

        assertThat(mvc.post().uri("/sager/{c}/afslut", f.caseId()).with(data.as(f.caseworker())).with(csrf())
                .param("version", "0").param("reason", "Familien er flyttet til en anden kommune."))
                .hasStatusOk().bodyText().contains("Barnets synspunkt skal fremgå");
        assertThat(isClosed(f)).isFalse();
    }

    @Test
    void anotherTeamCannotSeeOrWriteTheContactLogInPagesOrTheApi() {
        Fixture f = runningCase("Adgang");
        long otherTeam = data.team("Andet team");
        String outsider = data.user(Role.CASEWORKER, otherTeam);

        assertThat(mvc.get().uri("/sager/{c}/kontakter", f.caseId()).with(data.as(outsider))).hasStatus(404);
        assertThat(mvc.get().uri("/sager/{c}/opfoelgning/udsnit", f.caseId()).with(data.as(outsider))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cases/{c}/new-information", f.caseId()).with(data.as(outsider)))
                .hasStatus(404);
        assertThat(mvc.post().uri("/sager/{c}/kontakter", f.caseId()).with(data.as(outsider)).with(csrf())
                .param("channel", "CALL").param("counterpart", "FAMILY").param("personName", "X")
                .param("occurredAt", yesterday().toString()).param("summary", "Forsøg")).hasStatus(404);
        assertThat(jdbc.sql("select count(*) from contact_entry where case_id = ?").param(f.caseId())
                .query(Long.class).single()).isZero();
        assertThat(data.auditCount(f.childId(), outsider, "DENIED")).isPositive();
    }

    @Test
    void theApiLogsAContactAndAssessesItsNewInformation() {
        Fixture f = runningCase("Api");
        assertThat(mvc.post().uri("/api/v1/cases/{c}/contacts", f.caseId()).with(data.as(f.caseworker()))
                .contentType("application/json").content("""
                        {"channel":"HOME_VISIT","counterpart":"FAMILY","personName":"Mor",
                         "occurredAt":"%s","summary":"Hjemmet er ryddeligt.","childWords":"Jeg kan lide mit værelse"}"""
                        .formatted(yesterday().atZone(ZoneId.of("Europe/Copenhagen")).toInstant())))
                .hasStatus(201);
        long item = onlyItem(f.caseId());

        assertThat(mvc.post().uri("/api/v1/cases/{c}/new-information/{i}/assessment", f.caseId(), item)
                .with(data.as(f.caseworker())).contentType("application/json")
                .content("{\"outcome\":\"NO_ADJUSTMENT\",\"version\":0}")).hasStatus(400).bodyText()
                .contains("Begrund hvorfor");
        assertThat(mvc.post().uri("/api/v1/cases/{c}/new-information/{i}/assessment", f.caseId(), item)
                .with(data.as(f.caseworker())).contentType("application/json")
                .content("{\"outcome\":\"NO_ADJUSTMENT\",\"assessment\":\"Intet nyt.\",\"version\":0}"))
                .hasStatusOk().bodyJson().extractingPath("$.assessed").isEqualTo(true);
        assertThat(mvc.post().uri("/api/v1/cases/{c}/new-information/{i}/assessment", f.caseId(), item)
                .with(data.as(f.caseworker())).contentType("application/json")
                .content("{\"outcome\":\"NO_ADJUSTMENT\",\"assessment\":\"Igen.\",\"version\":0}")).hasStatus(409);
        assertThat(mvc.get().uri("/api/v1/cases/{c}/contacts", f.caseId()).with(data.as(f.caseworker())))
                .hasStatusOk().bodyText().contains("Jeg kan lide mit værelse");
    }

    @Test
    void theLeaderSeesTheTeamsUnassessedInformationPerCaseworker() {
        Fixture f = runningCase("Leder");
        String leader = data.user(Role.TEAM_LEADER, f.teamId());
        logCall(f, "Plejemor fortæller om en god uge.");
        jdbc.sql("update new_information set received_at = now() - interval '20 days' where case_id = ?")
                .param(f.caseId()).update();

        assertThat(mvc.get().uri("/ny-viden/udsnit/team").with(data.as(leader))).hasStatusOk().bodyText()
                .contains("Test " + f.caseworker()).contains("Gammel").contains("Ældre end 7 dage");
    }

    @Test
    void registeringTheSameSourceRecordTwiceGivesTheSameUnassessedItem() {
        Fixture f = runningCase("Idempotent");
        var first = inbox.register(NewInformationSource.PROVIDER_REPORT, 4711, f.caseId(), f.childId(),
                java.time.Instant.now(), "Statusrapport fra Familiehuset", "Samarbejdet går godt.");
        var second = inbox.register(NewInformationSource.PROVIDER_REPORT, 4711, f.caseId(), f.childId(),
                java.time.Instant.now(), "Statusrapport fra Familiehuset", "Samarbejdet går godt.");

        assertThat(first).isPresent().isEqualTo(second);
        assertThat(inbox.unassessedOfCase(f.caseId())).singleElement()
                .extracting(NewInformation::source).isEqualTo(NewInformationSource.PROVIDER_REPORT);
    }

    @Test
    void aNewInvestigationOutcomeStaysAnOpenLoopUntilTheAfdaekningIsStarted() {
        Fixture f = runningCase("Afdækning");
        logCall(f, "Skolen fortæller om nye tegn på mistrivsel.");
        long item = onlyItem(f.caseId());

        assertThat(assess(f, item, "0", "outcome", "NEW_INVESTIGATION", "investigationKind", "FOCUSED_ASSESSMENT",
                "assessment", "De nye oplysninger skal afdækkes.")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/sager/{c}/ny-viden/{i}", f.caseId(), item).with(data.as(f.caseworker())))
                .hasStatusOk().bodyText().contains("er besluttet, men ikke startet");

        int version = jdbc.sql("select version from case_file where id = ?").param(f.caseId()).query(Integer.class)
                .single();
        assertThat(mvc.post().uri("/sager/{c}/udredning/undersoegelser", f.caseId()).with(data.as(f.caseworker()))
                .with(csrf()).param("kind", "FOCUSED_ASSESSMENT").param("reason", "Nye tegn på mistrivsel i skolen.")
                .param("awarenessDate", yesterday().toLocalDate().toString())
                .param("caseVersion", String.valueOf(version))).hasStatus3xxRedirection();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select investigation_started_at is not null from new_information where id = ?").param(item)
                .query(Boolean.class).single()).isTrue());
    }

    record Fixture(long teamId, String caseworker, long childId, long caseId) {
    }

    private Fixture runningCase(String name) {
        long team = data.team(name);
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Liva", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'INTERVENTION' where id = ?").param(caseId).update();
        long person = jdbc.sql("insert into person (first_name, last_name) values ('Anne', 'Test') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into child_relation (child_id, person_id, relation, custody, lives_with) values (?, ?, 'MOTHER', true, true)")
                .param(child).param(person).update();
        return new Fixture(team, caseworker, child, caseId);
    }

    private long runningIntervention(Fixture f) {
        jdbc.sql("""
                insert into intervention_type (code, name, legal_basis_id, position)
                values ('TEST-FAMILY', 'Familiebehandling', 'BL-32', 99) on conflict do nothing""").update();
        return jdbc.sql("""
                insert into intervention (case_id, child_id, type_code, legal_basis_id, purpose, granted_on, started_on,
                                          status, created_by, created_at)
                values (?, ?, 'TEST-FAMILY', 'BL-32', 'Liva skal komme i skole', current_date - 60, current_date - 50,
                        'RUNNING', ?, now()) returning id""")
                .param(f.caseId()).param(f.childId()).param(data.userId(f.caseworker())).query(Long.class).single();
    }

    private MvcTestResult logCall(Fixture f, String summary) {
        long mother = jdbc.sql("select person_id from child_relation where child_id = ?").param(f.childId())
                .query(Long.class).single();
        return mvc.post().uri("/sager/{c}/kontakter", f.caseId()).with(data.as(f.caseworker())).with(csrf())
                .param("channel", "CALL").param("counterpart", "FAMILY").param("personId", String.valueOf(mother))
                .param("occurredAt", yesterday().toString()).param("summary", summary).exchange();
    }

    private MvcTestResult assess(Fixture f, long item, String version, String... fields) {
        var request = mvc.post().uri("/sager/{c}/ny-viden/{i}/vurdering", f.caseId(), item)
                .with(data.as(f.caseworker())).with(csrf()).param("version", version);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult close(Fixture f) {
        int version = jdbc.sql("select version from case_file where id = ?").param(f.caseId()).query(Integer.class)
                .single();
        return mvc.post().uri("/sager/{c}/afslut", f.caseId()).with(data.as(f.caseworker())).with(csrf())
                .param("version", String.valueOf(version)).param("reason", "Formålet er nået: Liva går i skole hver dag.")
                .param("childView", "Jeg vil gerne være fri for møderne nu.").exchange();
    }

    private long onlyItem(long caseId) {
        return jdbc.sql("select id from new_information where case_id = ?").param(caseId).query(Long.class).single();
    }

    private boolean isAssessed(long item) {
        return jdbc.sql("select assessed_at is not null from new_information where id = ?").param(item)
                .query(Boolean.class).single();
    }

    private boolean isClosed(Fixture f) {
        return jdbc.sql("select closed_at is not null from case_file where id = ?").param(f.caseId())
                .query(Boolean.class).single();
    }

    private java.util.List<String> kinds(long caseId) {
        return jdbc.sql("select kind from chronology_entry where case_id = ?").param(caseId).query(String.class).list();
    }

    private static LocalDateTime yesterday() {
        return LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
    }
}
