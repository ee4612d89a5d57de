package dk.spor.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.spor.casefile.CaseFiles;
import dk.spor.deadline.Deadline;
import dk.spor.deadline.DeadlineTriggered;
import dk.spor.deadline.Deadlines;
import dk.spor.organisation.Role;
import dk.spor.platform.ClockConfiguration;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class MeetingIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Deadlines deadlines;
    @Autowired CaseFiles caseFiles;
    @Autowired Clock clock;

    String caseworker;
    long team;
    long child;
    long caseId;
    LocalDate yesterday;

    @BeforeEach
    void aCaseWithTwoParents() {
        team = data.team("Møder");
        caseworker = data.user(Role.CASEWORKER, team);
        child = data.child("Ida", data.uniqueLastName());
        caseId = data.openCase(child, team, data.userId(caseworker));
        parent("Mette", "MOTHER");
        parent("Jens", "FATHER");
        yesterday = LocalDate.now(clock).minusDays(1);
    }

    @Test
    void planningInvitesTheProviderOfARunningInterventionButNotOfAnEndedOne() {
        String running = "Familiehuset " + data.uniqueLastName();
        String ended = "Opholdsstedet " + data.uniqueLastName();
        data.intervention(caseId, data.provider(running), "RUNNING");
        data.endIntervention(data.intervention(caseId, data.provider(ended), "RUNNING"));

        assertThat(mvc.get().uri("/sager/{c}/moeder/ny", caseId).with(data.as(caseworker))).hasStatusOk()
                .bodyText().contains(running).doesNotContain(ended);
    }

    @Test
    void theStartUpBookingDeadlineStartsWhenTheCaseIsAssignedAndIsMetWhenAStartUpMeetingIsPlanned() {
        long unassigned = data.openCase(data.child("Ny", data.uniqueLastName()), team, null);
        caseFiles.assign(unassigned, data.userId(caseworker), 0, "Test", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> booking(unassigned).isPresent());
        assertThat(booking(unassigned).orElseThrow().metAt()).isNull();

        long meeting = plan(unassigned, "STARTUP", yesterday);

        assertThat(booking(unassigned).orElseThrow().metAt()).isNotNull();
        assertThat(chronology(unassigned)).anyMatch(line -> line.startsWith("meeting.planned Opstartsmøde planlagt"));
        assertThat(meeting).isPositive();
    }

    @Test
    void closingAStartUpMeetingGivesEachParentACallTaskDueInFourteenDaysAndTheCallMeetsIt() {
        long meeting = plan(caseId, "STARTUP", yesterday);
        assertThat(close(meeting, version(meeting), yesterday.plusMonths(3).toString())).hasStatus3xxRedirection();

        List<Long> calls = jdbc.sql("select id from meeting_call where meeting_id = ? order by id").param(meeting)
                .query(Long.class).list();
        assertThat(calls).hasSize(2);
        Deadline task = deadlines.forSubject("MEETING_CALL", calls.get(0)).get(0);
        assertThat(task.ruleId()).isEqualTo("meeting.parent-call");
        String callee = jdbc.sql("select person_name from meeting_call where id = ?").param(calls.get(0))
                .query(String.class).single();
        assertThat(task.title()).startsWith("Ring efter mødet til " + callee);
        assertThat(task.dueAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate()).isEqualTo(yesterday.plusDays(14));

        assertThat(mvc.post().uri("/moeder/opkald/{id}", calls.get(0)).with(data.as(caseworker)).with(csrf())
                .param("version", "0").param("calledOn", LocalDate.now(clock).toString()).param("calledTime", "00:01")
                .param("interventionStarted", "Ja, familiebehandleren har været der to gange")
                .param("goodDevelopment", "Det er for tidligt at sige").exchange()).hasStatus3xxRedirection();

        assertThat(deadlines.forSubject("MEETING_CALL", calls.get(0)).get(0).metAt()).isNotNull();
        assertThat(deadlines.forSubject("MEETING_CALL", calls.get(1)).get(0).metAt()).isNull();
        assertThat(chronology(caseId)).anyMatch(line -> line.startsWith("meeting.call Telefonopfølgning med Mette")
                && line.contains("Er indsatsen gået i gang? Ja, familiebehandleren"));
        assertThat(chronology(caseId)).anyMatch(line -> line.startsWith("meeting.held Opstartsmøde"));
    }

    @Test
    void aFollowUpMeetingMeetsTheFollowUpDeadlineAndStartsTheNextOnTheAgreedDate() {
        Instant started = Instant.now(clock).minus(Duration.ofDays(80));
        deadlines.start(DeadlineTriggered.onCase("intervention.first-follow-up", "CASE", caseId, caseId, started));
        long meeting = plan(caseId, "FOLLOW_UP", yesterday);
        LocalDate next = yesterday.plusDays(45);

        assertThat(close(meeting, version(meeting), next.toString())).hasStatus3xxRedirection();

        List<Deadline> followUps = deadlines.forSubject("CASE", caseId);
        assertThat(followUps).filteredOn(d -> d.ruleId().equals("intervention.first-follow-up"))
                .singleElement().satisfies(d -> assertThat(d.metAt()).isNotNull());
        assertThat(followUps).filteredOn(d -> d.ruleId().equals("intervention.next-follow-up"))
                .singleElement().satisfies(d -> {
                    assertThat(d.metAt()).isNull();
                    assertThat(d.dueAt().atZone(ClockConfiguration.DANISH_TIME).toLocalDate()).isEqualTo(next);
                });
        assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
                .isEqualTo("HELD");
    }

    @Test
    void withoutTheNextFollowUpDateTheMinutesStayOpenAndKeepWhatWasTyped() {
        long meeting = plan(caseId, "FOLLOW_UP", yesterday);

        assertThat(close(meeting, version(meeting), "")).hasStatusOk().bodyText()
                .contains("Referatet kan ikke afsluttes uden en dato for næste opfølgning")
                .contains("Jeg vil gerne have, at mor og far ikke råber");
        assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
                .isEqualTo("PLANNED");
        assertThat(jdbc.sql("select count(*) from meeting_call where meeting_id = ?").param(meeting)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDraftSavedOnAStaleVersionIsRefusedAndTheTypedTextIsKept() {
        long meeting = plan(caseId, "FOLLOW_UP", yesterday);
        int seen = version(meeting);
        assertThat(draft(meeting, seen, "Første udgave")).hasStatus3xxRedirection();

        assertThat(draft(meeting, seen, "Min egen udgave")).hasStatusOk().bodyText()
                .contains("Referatet er blevet ændret af en anden").contains("Min egen udgave");
        assertThat(jdbc.sql("select child_view from meeting where id = ?").param(meeting).query(String.class).single())
                .isEqualTo("Første udgave");
    }

    @Test
    void anotherTeamCannotSeeTheMeetingsInPagesOrApiAndTheAttemptIsAudited() {
        long meeting = plan(caseId, "STARTUP", yesterday);
        String stranger = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/moeder/{id}", meeting).with(data.as(stranger)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/sager/{id}/moeder", caseId).with(data.as(stranger)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cases/{id}/meetings", caseId).with(data.as(stranger)).exchange())
                .hasStatus(404);
        assertThat(data.auditCount(child, stranger, "DENIED")).isEqualTo(3);
    }

    @Test
    void theApiListsTheCasesMeetingsAndTheReadIsAudited() {
        plan(caseId, "PLAN", yesterday.plusDays(10));

        assertThat(mvc.get().uri("/api/v1/cases/{id}/meetings", caseId).with(data.as(caseworker)).exchange())
                .hasStatusOk().bodyJson().extractingPath("$.meetings[0].typeName").isEqualTo("Handleplansmøde");
        assertThat(mvc.get().uri("/api/v1/cases/{id}/meetings", caseId).with(data.as(caseworker)).exchange())
                .bodyJson().extractingPath("$.meetings[0].agenda[1].title")
                .isEqualTo("Hvad vil vi gerne se ske for barnet? Tag tre ting med");
        assertThat(data.auditCount(child, caseworker, "READ")).isPositive();
    }

    @Test
    void theAgendaPrintsAsATaggedPdfWithTheSeeHappenItemAndTheExportIsAudited() throws Exception {
        long meeting = plan(caseId, "PLAN", yesterday.plusDays(10));

        byte[] pdf = mvc.get().uri("/moeder/{id}/dagsorden.pdf", meeting).with(data.as(caseworker)).exchange()
                .getResponse().getContentAsByteArray();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Dagsorden: Handleplansmøde", "Hvad vil vi gerne se ske for barnet? Tag tre ting med",
                            "Mette Holm (Mor)", "bisidder");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
        assertThat(data.auditCount(child, caseworker, "EXPORT")).isEqualTo(1);
    }

    private long plan(long onCase, String type, LocalDate on) {
        List<Long> persons = jdbc.sql("select person_id from child_relation where child_id = (select child_id from "
                + "case_file where id = ?)").param(onCase).query(Long.class).list();
        var request = mvc.post().uri("/sager/{id}/moeder", onCase).with(data.as(caseworker)).with(csrf())
                .param("typeCode", type).param("date", on.toString()).param("time", "09:00")
                .param("durationMinutes", "90").param("place", "Familiehuset").param("childAttends", "true")
                .param("extraMinutes", "30").param("supporterOffered", "true");
        persons.forEach(id -> request.param("personIds", id.toString()));
        assertThat(request.exchange()).hasStatus3xxRedirection();
        return jdbc.sql("select max(id) from meeting where case_id = ?").param(onCase).query(Long.class).single();
    }

    private MvcTestResult close(long meeting, int version, String next) {
        return mvc.post().uri("/moeder/{id}/referat", meeting).with(data.as(caseworker)).with(csrf())
                .param("action", "close").param("version", String.valueOf(version)).param("childAlone", "true")
                .param("childAloneSummary", "Jeg vil gerne have, at mor og far ikke råber")
                .param("nextFollowUpOn", next).exchange();
    }

    private MvcTestResult draft(long meeting, int version, String childView) {
        return mvc.post().uri("/moeder/{id}/referat", meeting).with(data.as(caseworker)).with(csrf())
                .param("action", "draft").param("version", String.valueOf(version)).param("childView", childView)
                .exchange();
    }

    private int version(long meeting) {
        return jdbc.sql("select version from meeting where id = ?").param(meeting).query(Integer.class).single();
    }

    private java.util.Optional<Deadline> booking(long onCase) {
        return deadlines.forSubject("CASE", onCase).stream().filter(d -> d.ruleId().equals("startup-meeting.book"))
                .findFirst();
    }

    private List<String> chronology(long onCase) {
        return jdbc.sql("select kind || ' ' || title || ' ' || coalesce(detail, '') from chronology_entry where case_id = ?")
                .param(onCase).query(String.class).list();
    }

    private void parent(String firstName, String relation) {
        long person = jdbc.sql("insert into person (first_name, last_name) values (?, 'Holm') returning id")
                .param(firstName).query(Long.class).single();
        jdbc.sql("insert into child_relation (child_id, person_id, relation, custody) values (?, ?, ?, true)")
                .param(child).param(person).param(relation).update();
    }
}
