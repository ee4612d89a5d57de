package dk.spor.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measuring in a real browser: a child answers a one-time link on a phone, a measurement round at a meeting, and
 * the caseworker's and administrator's pages. Every page passes axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class MeasurementBrowserTests {

    private static final By MAIN = By.id("main-content");
    private static final By SECTION = By.id("maalinger");

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aChildAnswersAOneTimeLinkOnAPhoneAndTheCaseworkerSeesItAnswered(Browser browser) {
        Fixture f = fixture("Ida");
        browser.logIn(f.caseworker, TestData.PASSWORD);
        browser.open("/boern/" + f.child);
        browser.find(SECTION);
        browser.waitForHtmxToSettle();
        browser.checkPage("child-page-with-measurements");
        browser.clickAndWaitForNewPage(Browser.link("Engangslink til barn, forælder eller netværk"));
        new Select(browser.find(By.id("instrumentCode"))).selectByVisibleText("Outcome Rating Scale (FIT)");
        browser.clickAndWaitForNewPage(Browser.button("Lav link"));
        assertThat(browser.text(MAIN)).contains("Linket til Ida er klar", "Spor sender ikke linket", "Afventer svar");
        browser.checkPage("link-created");
        String link = browser.find(By.id("created-link")).getDomProperty("value");
        String path = link.substring(link.indexOf("/svar/"));
        browser.logOut();

        browser.usePhoneViewport();
        browser.open(path);
        assertThat(browser.text(MAIN)).contains("Hej Ida", "Mig selv", "Familien").doesNotContain(f.lastName);
        browser.assertNoHorizontalScrolling();
        browser.checkPage("child-answers-on-phone");
        for (int i = 0; i < 4; i++) {
            browser.find(By.id("score" + i)).sendKeys(Keys.END);
        }
        browser.find(By.id("score0")).sendKeys(Keys.ARROW_LEFT);
        assertThat(browser.text(By.id("score0-value"))).isEqualTo("9,9");
        browser.clickAndWaitForNewPage(Browser.button("Send mit svar"));
        assertThat(browser.text(MAIN)).contains("Tak for dit svar");
        browser.checkPage("thanks-on-phone");
        browser.open(path);
        assertThat(browser.text(MAIN)).contains("Der er allerede svaret");
        browser.checkPage("used-link-on-phone");

        assertThat(jdbc.sql("select instrument_code || ' ' || total || ' ' || channel from measurement where case_id = ?")
                .param(f.caseId).query(String.class).single()).isEqualTo("CORS 39.90 LINK");
        browser.useDesktopViewport();
        browser.logIn(f.caseworker, TestData.PASSWORD);
        browser.open("/sager/" + f.caseId + "/engangslinks");
        assertThat(browser.text(MAIN)).contains("Besvaret");
    }

    @Test
    void aMeasurementRoundAtAMeetingRevealsTheScoresOnlyWhenAllHaveAnswered(Browser browser) {
        Fixture f = fixture("Malthe");
        browser.logIn(f.caseworker, TestData.PASSWORD);
        browser.open("/sager/" + f.caseId + "/maalerunder/ny?moede=7");
        browser.type(By.id("name2"), "Mor Jensen");
        new Select(browser.find(By.id("perspective2"))).selectByVisibleText("Forælder");
        browser.find(By.cssSelector("label[for='include2']")).click();
        browser.checkPage("round-new");
        browser.clickAndWaitForNewPage(Browser.button("Start målerunden"));
        assertThat(browser.text(MAIN)).contains("0 af 3 har svaret");
        browser.checkPage("round-waiting");

        answer(browser, "Malthe", "8", "Jeg har fået en ven i klassen");
        assertThat(browser.text(MAIN)).contains("1 af 3 har svaret").doesNotContain("en ven i klassen");
        browser.checkPage("round-hidden");
        answer(browser, "Test " + f.caseworker, "6", "Skolen melder mindre fravær");
        answer(browser, "Mor Jensen", "5", "Morgenerne er stadig svære");

        assertThat(browser.text(MAIN)).contains("Alle har svaret", "en ven i klassen", "Morgenerne er stadig svære");
        browser.checkPage("round-revealed");
        assertThat(jdbc.sql("select count(*) from measurement where case_id = ? and meeting_id = 7").param(f.caseId)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void recordingOnTheCaseworkersScreenExplainsRefusedScoresAndTheAdminPagesPass(Browser browser) {
        Fixture f = fixture("Olga");
        browser.logIn(f.caseworker, TestData.PASSWORD);
        browser.open("/sager/" + f.caseId + "/maalinger/ny");
        new Select(browser.find(By.id("instrumentCode"))).selectByVisibleText("Outcome Rating Scale (FIT)");
        new Select(browser.find(By.id("perspective"))).selectByVisibleText("Forælder");
        browser.checkPage("new-measurement-choose");
        browser.clickAndWaitForNewPage(Browser.button("Videre"));
        browser.type(By.id("respondentName"), "Far Olsen");
        browser.type(By.id("scores0"), "7,55");
        browser.type(By.id("scores1"), "8");
        browser.type(By.id("scores2"), "6,5");
        browser.type(By.id("scores3"), "11");
        browser.clickAndWaitForNewPage(Browser.button("Gem måling"));
        assertThat(browser.text(MAIN)).contains("«Personligt» tager tal i trin af 0,1", "«Generelt» går fra 0 til 10");
        assertThat(browser.find(By.id("scores0")).getDomProperty("value")).isEqualTo("7,55");
        browser.checkPage("new-measurement-refused");
        browser.type(By.id("scores0"), "7,5");
        browser.type(By.id("scores3"), "9");
        browser.clickAndWaitForNewPage(Browser.button("Gem måling"));
        assertThat(browser.text(MAIN)).contains("er registreret: Far Olsen gav 31");
        browser.checkPage("measurements-overview");
        browser.logOut();

        browser.logIn(data.user(Role.ADMIN, null), TestData.PASSWORD);
        browser.open("/admin/instrumenter");
        browser.checkPage("admin-instruments");
        browser.clickAndWaitForNewPage(Browser.link("Outcome Rating Scale (FIT)"));
        assertThat(browser.text(MAIN)).contains("kræver kommunens licens");
        browser.checkPage("admin-instrument");
    }

    private static void answer(Browser browser, String participant, String score, String reason) {
        browser.clickAndWaitForNewPage(Browser.link("Svar som " + participant));
        browser.type(By.id("scores0"), score);
        browser.type(By.id("reason"), reason);
        browser.checkPage("round-answer");
        browser.clickAndWaitForNewPage(Browser.button("Gem mit svar"));
    }

    private Fixture fixture(String firstName) {
        long team = data.team("Målinger");
        String caseworker = data.user(Role.CASEWORKER, team);
        String lastName = data.uniqueLastName();
        long child = data.child(firstName, lastName);
        return new Fixture(data.openCase(child, team, data.userId(caseworker)), child, caseworker, lastName);
    }

    private record Fixture(long caseId, long child, String caseworker, String lastName) {
    }
}
