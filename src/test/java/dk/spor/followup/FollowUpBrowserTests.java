package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Close contact in a real browser: the caseworker logs a call with the mother, finds it as new information on the
 * start page and on the child's page, and assesses it with an outcome; the leader sees the team's list. Every page
 * must pass axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class FollowUpBrowserTests {

    private static final By FOLLOWUP_SECTION = By.id("followup-section");

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void aLoggedContactShowsAsNewInformationOnTheStartPageAndIsAssessedWithAnOutcome(Browser browser) {
        long team = data.team("Team Opfølgning");
        String caseworker = data.user(Role.CASEWORKER, team);
        String leader = data.user(Role.TEAM_LEADER, team);
        String lastName = data.uniqueLastName();
        long child = data.child("Noah", lastName);
        long caseId = data.openCase(child, team, data.userId(caseworker));
        jdbc.sql("update case_file set phase = 'INTERVENTION' where id = ?").param(caseId).update();
        data.parentWithCustody(child, "Sara", lastName, "MOTHER");

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open("/sager/" + caseId + "/kontakter");
        browser.checkPage("contact-log-empty");
        browser.clickAndWaitForNewPage(Browser.button("Gem kontakt"));
        assertThat(browser.text(By.id("error-summary"))).contains("Vælg hvordan kontakten foregik");
        browser.checkPage("contact-form-errors");

        new Select(browser.find(By.id("channel"))).selectByVisibleText("Telefonsamtale");
        new Select(browser.find(By.id("counterpart"))).selectByVisibleText("Familien");
        new Select(browser.find(By.id("personId"))).selectByVisibleText("Sara " + lastName + " (Mor)");
        browser.type(By.id("summary"), "Mor fortæller, at Noah ikke vil i skole om mandagen og har ondt i maven.");
        browser.type(By.id("childWords"), "Jeg gider ikke, når de andre driller.");
        browser.clickAndWaitForNewPage(Browser.button("Gem kontakt"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("ny viden, der skal vurderes");
        assertThat(browser.text(By.cssSelector("ol.spor-timeline"))).contains("Jeg gider ikke, når de andre driller.");
        browser.checkPage("contact-logged");

        browser.open("/");
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).contains("Telefonsamtale med Sara " + lastName);
        browser.checkPage("start-page-unassessed");

        browser.open("/boern/" + child);
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).contains("1 stykke ny viden er ikke vurderet");
        browser.checkPage("child-page-followup");
        browser.clickAndWaitForNewPage(By.xpath("//section[@id='followup-section']//a[starts-with(normalize-space(), 'Telefonsamtale')]"));
        browser.checkPage("new-information");

        browser.find(By.cssSelector("label[for='outcome-NO_ADJUSTMENT']")).click();
        browser.clickAndWaitForNewPage(Browser.button("Gem vurdering"));
        assertThat(browser.text(By.id("error-summary"))).contains("Begrund hvorfor");
        browser.checkPage("assessment-errors");

        browser.find(By.cssSelector("label[for='outcome-FOLLOW_UP_MEETING']")).click();
        browser.type(By.id("assessment"), "Skolevægringen skal drøftes med skolen og familien sammen.");
        browser.setValue(By.id("meetingStartsAt"), java.time.LocalDateTime.now().plusDays(10).withHour(10)
                .withMinute(0).withSecond(0).withNano(0).toString().substring(0, 16));
        browser.clickAndWaitForNewPage(Browser.button("Gem vurdering"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("Nyt opfølgningsmøde");
        assertThat(browser.text(By.id("main-content"))).contains("planlagt på sagens møder");
        browser.checkPage("assessed");

        browser.open("/");
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).doesNotContain("Telefonsamtale med Sara " + lastName);
        browser.open("/boern/" + child + "?vis=followup");
        assertThat(browser.text(By.cssSelector("ol.spor-timeline"))).contains("Ny viden vurderet: Nyt opfølgningsmøde");
        browser.open("/sager/" + caseId + "/afslut");
        browser.checkPage("closing");
        browser.logOut();

        browser.logIn(leader, TestData.PASSWORD);
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).contains("Ny viden der ikke er vurderet");
        browser.checkPage("leader-start-page");
    }
}
