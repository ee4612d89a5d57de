package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dk.spor.organisation.Role;
import dk.spor.shared.Perspective;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
@RecordApplicationEvents
class MeasurementIntegrationTests {

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aRecordedMeasurementHasItsTotalAChronologyLineAnAuditRowAndAnEvent() {
        Case c = newCase("Maja");

        assertThat(recordOrs(c, "PARENT", "Mor Hansen", "7,5", "6", "8,1", "9")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("select total from measurement where case_id = ?").param(c.id).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("30.6");
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind = 'measurement.recorded'")
                .param(c.id).query(Long.class).single()).isEqualTo(1);
        assertThat(data.auditCount(c.child, c.caseworker, "CREATE")).isEqualTo(1);
        assertThat(events.stream(MeasurementRecorded.class).filter(e -> e.caseId() == c.id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.instrumentCode()).isEqualTo("ORS");
                    assertThat(e.perspective()).isEqualTo(Perspective.PARENT);
                    assertThat(e.channel()).isEqualTo(MeasurementChannel.SCREEN);
                });
    }

    @Test
    void aChildOfElevenAskedForOrsAnswersCorsAndALowTotalIsBelowTheChildCutOff() {
        Case c = newCase("Ida");

        assertThat(recordOrs(c, "CHILD", "Ida", "5", "6", "7", "8")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("select instrument_code || ':' || below_cutoff from measurement where case_id = ?")
                .param(c.id).query(String.class).single()).isEqualTo("CORS:true");
    }

    @Test
    void refusedScoresAreExplainedInDanishAndWhatWasTypedStays() {
        Case c = newCase("Karl");

        assertThat(recordOrs(c, "PARENT", "Far Holm", "7,55", "12", "6", "x"))
                .hasStatusOk().bodyText()
                .contains("«Personligt» tager tal i trin af 0,1.")
                .contains("«Nære relationer» går fra 0 til 10.")
                .contains("«x» er ikke et tal.")
                .contains("value=\"7,55\"").contains("value=\"12\"").contains("Far Holm");
        assertThat(jdbc.sql("select count(*) from measurement where case_id = ?").param(c.id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aCaseworkerOfAnotherTeamCannotSeeOrRecordAndTheAttemptIsAudited() {
        Case c = newCase("Oliver");
        String outsider = data.user(Role.CASEWORKER, data.team("Andet team"));

        assertThat(mvc.get().uri("/sager/{id}/maalinger", c.id).with(data.as(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("Oliver");
        assertThat(mvc.post().uri("/sager/{id}/maalinger", c.id).with(data.as(outsider)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL").param("perspective", "CHILD").param("respondentName", "Oliver")
                .param("scores[0]", "5")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(data.auditCount(c.child, outsider, "DENIED")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from measurement where case_id = ?").param(c.id).query(Long.class).single())
                .isZero();
    }

    @Test
    void theSectionOnTheChildsPageShowsEachRespondentsNewestScoreAndTheChange() {
        Case c = newCase("Alma");
        recordRuler(c, "CHILD", "Alma", "4", null);
        recordRuler(c, "CHILD", "Alma", "6", null);
        recordRuler(c, "PARENT", "Mor Berg", "3", "Hun græder om morgenen");

        assertThat(mvc.get().uri("/sager/{id}/maalinger/udsnit", c.id).with(data.as(c.caseworker)))
                .hasStatusOk().bodyText()
                .contains("Barnet: Alma").contains("Forælder: Mor Berg").contains("+2").contains("Truet trivsel")
                .contains("/boern/" + c.child + "/progression");
        assertThat(data.auditCount(c.child, c.caseworker, "READ")).isEqualTo(1);
    }

    @Test
    void aFitExemptionNeedsAReasonAndStopsFitUntilItIsEnded() {
        Case c = newCase("Noah");

        assertThat(mvc.post().uri("/sager/{id}/maalinger/fit-fritagelse", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("reason", " ")).hasStatusOk().bodyText().contains("Skriv den faglige begrundelse");
        mvc.post().uri("/sager/{id}/maalinger/fit-fritagelse", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("reason", "Meget konfliktfyldt forløb mellem forældrene").exchange();

        assertThat(recordOrs(c, "PARENT", "Mor", "5", "5", "5", "5")).hasStatusOk().bodyText()
                .contains("FIT er fravalgt på sagen");
        mvc.post().uri("/sager/{id}/maalinger/fit-fritagelse/ophaev", c.id).with(data.as(c.caseworker)).with(csrf())
                .exchange();
        assertThat(recordOrs(c, "PARENT", "Mor", "5", "5", "5", "5")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from chronology_entry where case_id = ? and kind like 'measurement.fit%'")
                .param(c.id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPerGoalInstrumentOnACaseWithoutActiveGoalsIsRefused() {
        Case c = newCase("Liva");

        assertThat(mvc.post().uri("/sager/{id}/maalinger", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("instrumentCode", "GOAL_ATTAINMENT").param("perspective", "CASEWORKER")
                .param("respondentName", "Rådgiver").param("scores[0]", "5").param("reason", "Lidt bedre"))
                .hasStatusOk().bodyText().contains("sagen har ingen aktive mål");
    }

    @Test
    void anAdjustedInstrumentIsANewVersionAndEarlierMeasurementsKeepTheirs() {
        Case c = newCase("Freja");
        recordRuler(c, "CHILD", "Freja", "5", null);
        String admin = data.user(Role.ADMIN, null);
        int current = jdbc.sql("select max(version) from instrument where code = 'TRIVSELSLINEAL'").query(Integer.class)
                .single();

        assertThat(mvc.get().uri("/admin/instrumenter/TRIVSELSLINEAL").with(data.as(admin))).hasStatusOk();
        assertThat(mvc.post().uri("/admin/instrumenter/TRIVSELSLINEAL").with(data.as(admin)).with(csrf())
                .param("basedOnVersion", String.valueOf(current)).param("name", "Trivselslinealen")
                .param("shortName", "Trivsel").param("intro", "Hvor godt har barnet det?")
                .param("respondents", "CHILD", "PARENT", "CASEWORKER", "PROVIDER", "NETWORK", "SCHOOL")
                .param("reliableChange", "2").param("active", "true")
                .param("asksReasons", "true").param("items[0].label", "Trivsel").param("items[0].min", "0")
                .param("items[0].max", "10").param("items[0].step", "1").param("items[0].higherIsBetter", "true")
                .param("bands[0].lower", "0").param("bands[0].upper", "4").param("bands[0].colour", "RED")
                .param("bands[0].label", "Bekymrende")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("select max(version) from instrument where code = 'TRIVSELSLINEAL'").query(Integer.class)
                .single()).isEqualTo(current + 1);
        assertThat(jdbc.sql("select instrument_version from measurement where case_id = ?").param(c.id)
                .query(Integer.class).single()).isEqualTo(current);
        assertThat(mvc.post().uri("/admin/instrumenter/TRIVSELSLINEAL").with(data.as(admin)).with(csrf())
                .param("basedOnVersion", String.valueOf(current)).param("name", "Gammel").param("shortName", "G")
                .param("intro", "x").param("respondents", "CHILD").param("reliableChange", "2")
                .param("items[0].label", "Trivsel").param("items[0].min", "0").param("items[0].max", "10")
                .param("items[0].step", "1")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void theApiRecordsWithTheSameRulesAndAnswersProblemDetails() {
        Case c = newCase("Emil");

        assertThat(mvc.post().uri("/api/v1/cases/{id}/measurements", c.id).with(data.as(c.caseworker))
                .contentType("application/json").content("""
                        {"instrumentCode":"TRIVSELSLINEAL","perspective":"CHILD","respondentName":"Emil","scores":["11"]}"""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors['scores[0]']").asString()
                .contains("går fra 0 til 10");
        assertThat(mvc.post().uri("/api/v1/cases/{id}/measurements", c.id).with(data.as(c.caseworker))
                .contentType("application/json").content("""
                        {"instrumentCode":"TRIVSELSLINEAL","perspective":"CHILD","respondentName":"Emil","scores":["7"]}"""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/api/v1/instruments/ORS").with(data.as(c.caseworker))).hasStatusOk()
                .bodyJson().extractingPath("$.items.length()").isEqualTo(4);
    }

    private MvcTestResult recordOrs(Case c, String perspective, String name, String... scores) {
        var request = mvc.post().uri("/sager/{id}/maalinger", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("instrumentCode", "ORS").param("perspective", perspective).param("respondentName", name);
        for (int i = 0; i < scores.length; i++) {
            request = request.param("scores[" + i + "]", scores[i]);
        }
        return request.exchange();
    }

    @Test
    void aRecordedFallOfTheReliableChangeRaisesAProgressionAlertWithoutAnyoneAsking() {
        Case c = newCase("Sigrid");
        recordRuler(c, "CHILD", "Sigrid", "8", null);
        recordRuler(c, "CHILD", "Sigrid", "5", null);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from progression_alert where case_id = ? and kind = 'DROP' and resolved_at is null")
                .param(c.id).query(Long.class).single() == 1);
    }

    private void recordRuler(Case c, String perspective, String name, String score, String reason) {
        assertThat(mvc.post().uri("/sager/{id}/maalinger", c.id).with(data.as(c.caseworker)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL").param("perspective", perspective)
                .param("respondentName", name).param("scores[0]", score).param("reason", reason))
                .hasStatus3xxRedirection();
    }

    @Test
    void aProviderRecordsForAChildItDeliversToButNotForAnotherAndNotAfterTheInterventionEnds() {
        Case own = newCase("Ida");
        Case other = newCase("Bo");
        long provider = data.provider("Familiehuset " + data.uniqueLastName());
        String providerUser = data.user(Role.PROVIDER, null, provider);
        long intervention = data.intervention(own.id, provider, "RUNNING");

        assertThat(mvc.get().uri("/sager/{id}/maalinger/ny", own.id).with(data.as(providerUser))).hasStatusOk();
        assertThat(recordTrivsel(own, providerUser)).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select channel from measurement where case_id = ?").param(own.id).query(String.class)
                .single()).isEqualTo("PROVIDER");
        assertThat(recordTrivsel(other, providerUser)).hasStatus(HttpStatus.NOT_FOUND);

        data.endIntervention(intervention);
        assertThat(recordTrivsel(own, providerUser)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from measurement where case_id in (?, ?)").param(own.id).param(other.id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult recordTrivsel(Case c, String user) {
        return mvc.post().uri("/sager/{id}/maalinger", c.id).with(data.as(user)).with(csrf())
                .param("instrumentCode", "TRIVSELSLINEAL").param("perspective", "PROVIDER")
                .param("respondentName", "Kontaktperson").param("scores[0]", "6")
                .param("reason", "Hun kommer til aftalerne").exchange();
    }

    private Case newCase(String firstName) {
        long team = data.team("Målinger");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child(firstName, data.uniqueLastName());
        return new Case(data.openCase(child, team, data.userId(caseworker)), child, caseworker);
    }

    record Case(long id, long child, String caseworker) {
    }
}
