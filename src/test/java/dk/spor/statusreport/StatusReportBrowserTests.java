package dk.spor.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The provider's journey in a real browser: its start page lists the child, it writes the status report on the
 * common template, is told what is missing, sends it, and the caseworker reads it from the child's page. Every page
 * passes axe-core (WCAG 2.1 A/AA).
 */
@BrowserTest
class StatusReportBrowserTests {

    private static final By MAIN = By.id("main-content");

    @Autowired TestData data;

    @Test
    void providerWritesAndSendsAStatusReportAndTheCaseworkerReadsIt(Browser browser) {
        long team = data.team("Familieteam");
        long familiehuset = data.provider("Familiehuset");
        String provider = data.user(Role.PROVIDER, null, familiehuset);
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ida", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        long intervention = data.intervention(caseId, familiehuset, "RUNNING");
        data.linkedGoal(intervention, "Ida kommer i skole hver dag");

        browser.logIn(provider, TestData.PASSWORD);
        assertThat(browser.text(MAIN)).contains("Mine børn", "Ida", "Familiebehandling", "Test " + caseworker);
        browser.checkPage("provider-start");

        browser.clickAndWaitForNewPage(Browser.link("Ida"));
        assertThat(browser.path()).isEqualTo("/udfoerer/boern/" + child);
        assertThat(browser.text(MAIN)).contains("Familien får hjælp til faste rammer.", "Ida kommer i skole hver dag");
        browser.checkPage("provider-child");

        browser.clickAndWaitForNewPage(Browser.button("Skriv statusrapport"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Statusrapport om Ida");
        browser.checkPage("form");

        browser.setValue(By.id("whatHappened"), "Vi har haft morgenbesøg to gange om ugen og samtaler med mor.");
        browser.clickAndWaitForNewPage(Browser.button("Send til rådgiveren"));
        assertThat(browser.text(By.id("error-summary"))).contains("Skriv barnets egen vurdering");
        assertThat(browser.find(By.id("whatHappened")).getAttribute("value")).startsWith("Vi har haft morgenbesøg");
        browser.checkPage("form-errors");

        browser.find(label("goals[0].attainment-PROGRESSING")).click();
        browser.setValue(By.id("goals[0].observations"), "Ida er kommet i skole fire ud af fem dage.");
        browser.setValue(By.id("childView"), "»Det er nemmere at stå op nu.«");
        browser.setValue(By.id("familyCooperation"), "Mor tager aktivt del i morgenrutinen.");
        browser.find(label("recommendation-CONTINUE")).click();
        browser.setValue(By.id("recommendationReason"), "Ida er godt på vej, men rutinen er ikke fast endnu.");
        browser.setValue(By.id("reviewedWithFamilyOn"), java.time.LocalDate.now().toString());
        browser.clickAndWaitForNewPage(Browser.button("Send til rådgiveren"));
        assertThat(browser.text(MAIN)).contains("Statusrapporten er sendt til rådgiveren.", "Godt på vej");
        browser.checkPage("sent");
        browser.logOut();

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open("/boern/" + child);
        By sentReport = By.cssSelector("#statusrapporter a[href^='/statusrapporter/']");
        browser.find(sentReport);
        browser.checkPage("child-page");
        browser.clickAndWaitForNewPage(sentReport);
        assertThat(browser.text(MAIN)).contains("»Det er nemmere at stå op nu.«", "Indsatsen fortsætter som nu",
                "Ida kommer i skole hver dag");
        browser.checkPage("caseworker-reads");
    }

    /** DKFDS draws its own radio buttons, so a person (and the test) clicks the label. */
    private static By label(String forId) {
        return By.cssSelector("label[for='" + forId + "']");
    }
}
