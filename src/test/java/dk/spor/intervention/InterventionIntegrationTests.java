package dk.spor.intervention;

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
class InterventionIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired FollowUpCadences cadences;

    @Test
    void anInterventionFromADecisionIsPrefilledAndItsStartStartsOneFollowUpForTheWholeCase() {
        Case c = newCase("Indsats");
        long decision = decideSupport(c, "Familiebehandling");
        long provider = data.provider("Familiehuset");

        assertThat(mvc.get().uri("/sager/{c}/indsatser/ny?afgoerelse={d}", c.id, decision).with(data.as(c.caseworker))
                .exchange()).hasStatusOk().bodyText().contains("Udfyldt fra afgørelsen", "Færre konflikter hjemme")
                .containsPattern("value=\"FAMILY_TREATMENT\"[^>]*selected");
        long first = grant(c, decision, "FAMILY_TREATMENT", provider, LocalDate.now(clock));
        assertThat(status(first)).isEqualTo("WAITING");

        assertThat(step(c, first, "start", "startedOn", LocalDate.now(clock).toString())).hasStatus3xxRedirection();
        assertThat(status(first)).isEqualTo("RUNNING");
        await().atMost(Duration.ofSeconds(10)).until(() -> followUps(c.id) == 1);
        assertThat(jdbc.sql("select subject_type || ':' || subject_id from deadline where case_id = ? "
                + "and rule_id = 'intervention.first-follow-up'").param(c.id).query(String.class).single())
                .isEqualTo("CASE:" + c.id);

        long second = grant(c, null, "CONTACT_PERSON", provider, LocalDate.now(clock));
        step(c, second, "start", "startedOn", LocalDate.now(clock).toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> count("chronology_entry where case_id = ? "
                + "and kind = 'intervention.started'", c.id) == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .alias("all interventions of a case are followed up together").until(() -> followUps(c.id) == 1);
    }

    @Test
    void aPlacementStartsTheSupervisionVisits() {
        Case c = newCase("Anbringelse");
        long provider = data.provider("Opholdsstedet");
        long placement = grant(c, null, "RESIDENTIAL_HOME", provider, LocalDate.now(clock));

        step(c, placement, "start", "startedOn", LocalDate.now(clock).toString());

        await().atMost(Duration.ofSeconds(10)).until(() -> count("deadline where case_id = ? "
                + "and rule_id = 'placement.supervision-visit' and met_at is null", c.id) == 1);
    }

    @Test
    void aStepTheCourseDoesNotAllowIsRefusedInDanish() {
        Case c = newCase("Forkert trin");
        long granted = grant(c, null, "RESPITE", null, null);

        assertThat(step(c, granted, "start", "startedOn", LocalDate.now(clock).toString())).hasStatusOk().bodyText()
                .contains("En indsats med status »Bevilget« kan ikke få status »I gang«");
        assertThat(status(granted)).isEqualTo("GRANTED");
    }

    @Test
    void aLongWaitShowsAWarningUntilTheConsequencesForTheChildAreAssessed() {
        Case c = newCase("Ventetid");
        long waiting = grant(c, null, "CONTACT_PERSON", null, null);
        jdbc.sql("update intervention set granted_on = ? where id = ?").param(LocalDate.now(clock).minusDays(20))
                .param(waiting).update();

        assertThat(page(c, waiting)).bodyText().contains("Indsatsen er ikke startet", "Der er gået 20 dage");
        assertThat(step(c, waiting, "ventetid", "waitingAssessment", "Ida får støtte af AKT-læreren i ventetiden"))
                .hasStatus3xxRedirection();
        assertThat(page(c, waiting)).bodyText().doesNotContain("Indsatsen er ikke startet")
                .contains("Ida får støtte af AKT-læreren i ventetiden");
        assertThat(mvc.post().uri("/sager/{c}/indsatser/{i}/ventetid", c.id, waiting).with(data.as(c.caseworker))
                .with(csrf()).param("version", "0").param("waitingAssessment", "Min ændrede vurdering").exchange())
                .hasStatusOk().bodyText().contains("er blevet ændret af en anden", "Min ændrede vurdering");
    }

    @Test
    void endingNeedsTheReasonAndWhetherThePurposeWasReachedAndKeepsWhatWasTyped() {
        Case c = newCase("Afslutning");
        long granted = grant(c, null, "RESPITE", null, null);

        assertThat(mvc.post().uri("/sager/{c}/indsatser/{i}/afslut", c.id, granted).with(data.as(c.caseworker)).with(csrf())
                .param("version", "0").param("endedOn", LocalDate.now(clock).toString())
                .param("endReason", "Familien er flyttet til Ballerup").exchange()).hasStatusOk().bodyText()
                .contains("Vælg, om formålet med indsatsen er nået.", "Familien er flyttet til Ballerup");
        assertThat(mvc.post().uri("/sager/{c}/indsatser/{i}/afslut", c.id, granted).with(data.as(c.caseworker)).with(csrf())
                .param("version", "0").param("endedOn", LocalDate.now(clock).toString()).param("purposeReached", "false")
                .param("endReason", "Familien er flyttet til Ballerup").exchange()).hasStatus3xxRedirection();
        assertThat(status(granted)).isEqualTo("ENDED");
        assertThat(step(c, granted, "ventetid", "waitingAssessment", "For sent")).hasStatusOk().bodyText()
                .contains("Indsatsen venter ikke længere på at starte.");
    }

    @Test
    void theCaseworkerDecidesAndJustifiesTheCadenceAndItsHistoryIsKept() {
        Case c = newCase("Kadence");
        cadence(c, "3", "MONTHS", "Sagen er stabil");
        assertThat(cadence(c, "6", "WEEKS", "Ida har svært ved skiftet til ny skole")).hasStatus3xxRedirection();

        FollowUpCadence current = cadences.current(c.id).orElseThrow();
        assertThat(current.label()).isEqualTo("Hver 6. uge");
        assertThat(current.childWish()).isEqualTo("Jeg vil gerne ses oftere");
        assertThat(current.nextAfter(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(cadences.history(c.id)).hasSize(2);
        assertThat(cadence(c, "", "WEEKS", "")).hasStatusOk().bodyText()
                .contains("Skriv hvor ofte der følges op", "Begrund kadencen");
    }

    @Test
    void anotherTeamCannotSeeOrChangeTheInterventionsAndTheApiListsThemForTheTeam() {
        Case c = newCase("Adgang indsats");
        long granted = grant(c, null, "RESPITE", null, null);
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/sager/{c}/indsatser/{i}", c.id, granted).with(data.as(outsider)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/cases/{c}/interventions", c.id).with(data.as(outsider)).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/sager/{c}/indsatser/{i}/afslut", c.id, granted).with(data.as(outsider)).with(csrf())
                .param("version", "0").param("endedOn", LocalDate.now(clock).toString()).param("purposeReached", "true")
                .param("endReason", "x").exchange()).hasStatus(404);
        assertThat(status(granted)).isEqualTo("GRANTED");
        assertThat(data.auditCount(c.child, outsider, "DENIED")).isEqualTo(3);
        assertThat(mvc.get().uri("/api/v1/cases/{c}/interventions", c.id).with(data.as(c.caseworker)).exchange())
                .hasStatusOk().bodyJson().extractingPath("$[0].intervention.typeName").isEqualTo("Aflastning");
    }

    private record Case(long id, long child, String caseworker) {
    }

    private Case newCase(String name) {
        long team = data.team(name);
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ida", data.uniqueLastName());
        return new Case(data.openCase(child, team, data.userId(caseworker)), child, caseworker);
    }

    private long decideSupport(Case c, String subtype) {
        jdbc.sql("update case_file set phase = 'DECISION' where id = ?").param(c.id).update();
        mvc.post().uri("/sager/{id}/afgoerelser", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("type", "SUPPORTIVE").param("legalBasisId", "BL-32").param("subtype", subtype)
                .param("purpose", "Færre konflikter hjemme").param("expectedEffect", "Mere ro")
                .param("expectedDurationMonths", "6").param("childView", "Jeg vil have ro")
                .param("decidedOn", LocalDate.now(clock).minusDays(3).toString())
                .param("complaintGuidance", Decisions.DEFAULT_COMPLAINT_GUIDANCE).exchange();
        return jdbc.sql("select id from decision where case_id = ?").param(c.id).query(Long.class).single();
    }

    private long grant(Case c, Long decision, String type, Long provider, LocalDate plannedStart) {
        assertThat(mvc.post().uri("/sager/{id}/indsatser", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("decisionId", decision == null ? "" : decision.toString()).param("typeCode", type)
                .param("purpose", "Færre konflikter hjemme").param("expectedDurationMonths", "6")
                .param("grantedOn", LocalDate.now(clock).minusDays(2).toString())
                .param("providerId", provider == null ? "" : provider.toString())
                .param("plannedStartOn", plannedStart == null ? "" : plannedStart.toString()).exchange())
                .hasStatus3xxRedirection();
        return jdbc.sql("select max(id) from intervention where case_id = ?").param(c.id).query(Long.class).single();
    }

    private MvcTestResult step(Case c, long intervention, String step, String field, String value) {
        int version = jdbc.sql("select version from intervention where id = ?").param(intervention)
                .query(Integer.class).single();
        return mvc.post().uri("/sager/{c}/indsatser/{i}/" + step, c.id, intervention).with(data.as(c.caseworker))
                .with(csrf()).param("version", String.valueOf(version)).param(field, value).exchange();
    }

    private MvcTestResult page(Case c, long intervention) {
        return mvc.get().uri("/sager/{c}/indsatser/{i}", c.id, intervention).with(data.as(c.caseworker)).exchange();
    }

    private MvcTestResult cadence(Case c, String amount, String unit, String justification) {
        return mvc.post().uri("/sager/{id}/indsatser/opfoelgning", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("intervalAmount", amount).param("intervalUnit", unit).param("justification", justification)
                .param("childWish", "Jeg vil gerne ses oftere").param("decidedOn", LocalDate.now(clock).toString())
                .exchange();
    }

    private String status(long intervention) {
        return jdbc.sql("select status from intervention where id = ?").param(intervention).query(String.class).single();
    }

    private long followUps(long caseId) {
        return count("deadline where case_id = ? and rule_id in ('intervention.first-follow-up', "
                + "'intervention.next-follow-up')", caseId);
    }

    private long count(String from, long id) {
        return jdbc.sql("select count(*) from " + from).param(id).query(Long.class).single();
    }
}
