package dk.spor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a § 32 decision, in a real browser: the child's plan, a goal with what each participant wants to see
 * happen, the intervention created from the decision, and its start. Every page passes axe-core (WCAG 2.1 A/AA).
 */
@BrowserTest
class PlanAndInterventionBrowserTests {

    private static final By MAIN = By.id("main-content");

    @Autowired TestData data;
    @Autowired Clock clock;

    @Test
    void aCaseworkerMakesThePlanSetsAGoalAndStartsTheInterventionFromTheDecision(Browser browser) {
        long team = data.team("Team Plan");
        String caseworker = data.user(Role.CASEWORKER, team);
        long provider = data.provider("Familiehuset Lyngen");
        long child = data.child("Ida", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        LocalDate decided = LocalDate.now(clock).minusDays(10);
        data.supportiveDecision(caseId, decided, data.userId(caseworker));

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open("/boern/" + child);
        browser.waitUntil(d -> !d.findElements(By.id("plan-section")).isEmpty()
                && !d.findElements(By.id("intervention-section")).isEmpty());
        browser.waitForHtmxToSettle();
        assertThat(browser.text(By.id("intervention-section"))).contains("mangler at blive oprettet som indsats");
        browser.checkPage("child-before-plan");

        browser.clickAndWaitForNewPage(Browser.link("Se plan og mål"));
        browser.clickAndWaitForNewPage(Browser.link("Udarbejd barnets plan"));
        browser.checkPage("plan-form");
        browser.type(By.id("purpose"), "Færre konflikter hjemme, så Ida trives i skolen");
        browser.type(By.id("childView"), "Jeg vil have, at vi skændes mindre");
        browser.type(By.id("support"), "Mormor henter om tirsdagen");
        browser.clickAndWaitForNewPage(Browser.button("Gem planen"));
        assertThat(browser.text(By.tagName("h1"))).startsWith("Barnets plan for Ida");
        browser.waitForHtmxToSettle();
        browser.checkPage("plan");

        browser.clickAndWaitForNewPage(Browser.link("Sæt nyt mål"));
        browser.type(By.id("title"), "Jeg kommer i skole hver dag");
        browser.find(By.cssSelector("label[for='dimension-2']")).click();
        new Select(browser.find(By.id("criteria0.perspective"))).selectByValue("CHILD");
        browser.type(By.id("criteria0.name"), "Ida");
        browser.type(By.id("criteria0.text"), "Jeg har lyst til at gå i skole om morgenen");
        new Select(browser.find(By.id("criteria1.perspective"))).selectByValue("SCHOOL");
        browser.type(By.id("criteria1.text"), "Fraværet er under 5 procent");
        new Select(browser.find(By.id("supporters0.perspective"))).selectByValue("SCHOOL");
        browser.type(By.id("supporters0.text"), "Klasselæreren ringer hjem ved fravær");
        browser.checkPage("goal-form");
        browser.clickAndWaitForNewPage(Browser.button("Sæt målet"));
        assertThat(browser.text(MAIN)).contains("Målet er sat", "Barnet (Ida): Jeg har lyst til at gå i skole om morgenen",
                "Skole eller dagtilbud: Klasselæreren ringer hjem ved fravær", "Skole, dagtilbud og læring", "Målet er sat");
        browser.waitForHtmxToSettle();
        browser.checkPage("goal");

        browser.open("/sager/" + caseId + "/indsatser");
        browser.checkPage("interventions-with-ungranted-decision");
        browser.clickAndWaitForNewPage(By.partialLinkText("Opret indsatsen fra afgørelsen"));
        assertThat(new Select(browser.find(By.id("typeCode"))).getFirstSelectedOption().getText())
                .isEqualTo("Familiebehandling");
        assertThat(browser.find(By.id("purpose")).getDomProperty("value")).isEqualTo("Færre konflikter hjemme");
        new Select(browser.find(By.id("providerId"))).selectByValue(String.valueOf(provider));
        browser.type(By.id("providerContact"), "Susanne Krogh");
        browser.setValue(By.id("plannedStartOn"), LocalDate.now(clock).toString());
        browser.find(By.cssSelector("label[for^='goal-']")).click();
        browser.checkPage("intervention-form");
        browser.clickAndWaitForNewPage(Browser.button("Opret indsatsen"));
        assertThat(browser.text(MAIN)).contains("Venter på opstart", "Jeg kommer i skole hver dag");
        browser.checkPage("intervention-waiting");

        browser.clickAndWaitForNewPage(Browser.button("Start indsatsen"));
        assertThat(browser.text(MAIN)).contains("Indsatsen er startet", "Status\nI gang", "Ventetid\n10 dage fra bevilling til start");
        browser.checkPage("intervention-running");
    }
}
