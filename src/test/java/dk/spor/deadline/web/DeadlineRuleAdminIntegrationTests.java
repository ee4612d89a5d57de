package dk.spor.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import dk.spor.deadline.DeadlineDuration;
import dk.spor.deadline.DeadlineRule;
import dk.spor.deadline.DurationUnit;
import dk.spor.deadline.rules.DeadlineRuleCatalog;
import dk.spor.deadline.rules.RuleChange;
import dk.spor.organisation.Role;
import dk.spor.support.IntegrationTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Changes go to a rule no other test uses, valid from 2099, so they change no other test's deadlines. */
@IntegrationTest
class DeadlineRuleAdminIntegrationTests {

    private static final String RULE = "improvement.progress-meeting";

    @Autowired MockMvcTester mvc;
    @Autowired TestData data;
    @Autowired DeadlineRuleCatalog rules;

    String admin;

    @BeforeEach
    void anAdministrator() {
        admin = data.user(Role.ADMIN, null);
    }

    @Test
    void theAdministratorSeesEveryRuleWithItsSourceAndVersion() {
        assertThat(mvc.get().uri("/admin/frister").with(data.as(admin))).hasStatusOk().bodyText()
                .contains("Fristregler").contains("Vurdér underretningen for akut fare")
                .contains("Barnets lov § 136").contains("24 timer efter modtagelsen af underretningen")
                .contains("Book opstartsmøde").contains("Lokal praksis, Herlev Kommune")
                .contains("1. jan. 2024 – indtil videre");
    }

    @Test
    void otherRolesCannotSeeOrChangeRules() {
        String caseworker = data.user(Role.CASEWORKER, data.team("Regler"));

        assertThat(mvc.get().uri("/admin/frister").with(data.as(caseworker))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/frister/{id}", RULE).with(data.as(caseworker)).with(csrf())
                .param("nameDa", "Ændret")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void savingAChangeCreatesTheNextVersionByTheAdministrator() {
        int latest = latest().version();

        assertThat(post(latest, "Fremdriftsmøde hver tredje uge", "21", "DAYS", "01-01-2099", ""))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/frister/" + RULE);

        DeadlineRule saved = latest();
        assertThat(saved.version()).isEqualTo(latest + 1);
        assertThat(saved.nameDa()).isEqualTo("Fremdriftsmøde hver tredje uge");
        assertThat(saved.duration()).isEqualTo(new DeadlineDuration(21, DurationUnit.DAYS));
        assertThat(saved.validFrom()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(saved.legalReference()).isEqualTo(rules.version(RULE, 1).orElseThrow().legalReference());
        assertThat(rules.history(RULE).get(0).createdBy()).isEqualTo(data.userId(admin));
        assertThat(mvc.get().uri("/admin/frister/{id}", RULE).with(data.as(admin))).hasStatusOk().bodyText()
                .contains("Fremdriftsmøde hver tredje uge").contains("21 dage").contains("Test " + admin);
    }

    @Test
    void invalidInputGetsDanishMessagesAndKeepsWhatWasTyped() {
        int latest = latest().version();

        assertThat(post(latest, "Fremdriftsmøde", "fjorten", "DAYS", "32-13-2099", ""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Ændringen er ikke gemt")
                .contains("Fristens længde skal være et helt tal mellem 1 og 999.")
                .contains("Skriv datoen som dd-mm-åååå, fx 01-07-2026.")
                .contains("value=\"fjorten\"").contains("value=\"32-13-2099\"");
        assertThat(latest().version()).isEqualTo(latest);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedWithoutLosingWhatWasTyped() {
        int seen = latest().version();
        rules.revise(RULE, seen, new RuleChange("Fremdriftsmøde", new DeadlineDuration(14, DurationUnit.DAYS),
                LocalDate.of(2099, 6, 1), null), data.userId(data.user(Role.ADMIN, null)));

        assertThat(post(seen, "Mit navn til reglen", "10", "DAYS", "01-01-2099", ""))
                .hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("Reglen er ændret af en anden").contains("value=\"Mit navn til reglen\"")
                .contains("name=\"basedOnVersion\" value=\"" + (seen + 1) + "\"");
        assertThat(latest().version()).isEqualTo(seen + 1);
    }

    @Test
    void anUnknownRuleIsNotFound() {
        assertThat(mvc.get().uri("/admin/frister/{id}", "no.such-rule").with(data.as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(int basedOn, String name, String amount,
            String unit, String validFrom, String validTo) {
        return mvc.post().uri("/admin/frister/{id}", RULE).with(data.as(admin)).with(csrf())
                .param("basedOnVersion", String.valueOf(basedOn)).param("nameDa", name)
                .param("durationAmount", amount).param("durationUnit", unit).param("validFrom", validFrom)
                .param("validTo", validTo).exchange();
    }

    private DeadlineRule latest() {
        return rules.latest(RULE).orElseThrow();
    }
}
