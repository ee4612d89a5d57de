package dk.spor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's whole course in a real browser, the way a caseworker and a team leader click through it: a school's
 * concern report about a new child, the 24-hour assessment and the receipt, assignment, the conversations, the
 * screening into a børnefaglig undersøgelse, its decision, the investigation, and the § 32 decision. Every page
 * reached must pass axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class CaseCourseBrowserTests {

    private static final By MAIN = By.id("main-content");
    private static final By H1 = By.tagName("h1");
    private static final By DECISIONS = By.xpath("//table[caption='Afgørelser på barnets sager, nyeste først']");
    private static final By CHRONOLOGY = By.cssSelector("ol.spor-timeline");
    private static final By MET_DEADLINES = By.xpath("//h3[normalize-space()='Opfyldte frister']/following-sibling::ul[1]");
    private static final String ASSESS_24H = "Vurdér underretningen for akut fare";
    private static final String CONFIRM_RECEIPT = "Bekræft modtagelsen over for underretteren";
    private static final String COMPLETE_BFU = "Afslut den børnefaglige undersøgelse";

    @Autowired TestData data;
    @Autowired Clock clock;

    @Test
    void aConcernReportRunsThroughAssessmentAndInvestigationToASupportiveDecision(Browser browser) {
        long teamId = data.team("Team Syd");
        String caseworker = data.user(Role.CASEWORKER, teamId);
        String leader = data.user(Role.TEAM_LEADER, teamId);
        String lastName = data.uniqueLastName();
        String childName = "Ida " + lastName;

        browser.logIn(caseworker, TestData.PASSWORD);
        registerConcernReportFromSchool(browser, lastName);
        String reportPage = browser.path();
        String childPage = openChildPageWithDeadlines(browser);
        assessAndConfirmReceipt(browser, reportPage);
        browser.logOut();

        browser.logIn(leader, TestData.PASSWORD);
        assign(browser, childPage, "Test " + caseworker);
        browser.logOut();

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open(childPage);
        browser.clickAndWaitForNewPage(Browser.link("Udredning: samtaler, screening og undersøgelser"));
        assertThat(browser.text(H1)).contains("Udredning", childName);
        browser.checkPage("assessment-overview");
        String overview = browser.path();
        recordConversation(browser, "Samtale med barnet alene", "Ida og rådgiver",
                "Jeg kan ikke lide at gå i skole, når mor er syg.");
        recordConversation(browser, "Samtale med forældre", "Mor, far og rådgiver", null);
        concludeScreeningWithChildInvestigation(browser);

        browser.open(childPage);
        browser.checkPage("child-in-investigation");
        if (browser.isPresent(By.xpath("//*[normalize-space()='Der mangler en afgørelse om børnefaglig undersøgelse']"))) {
            decideChildInvestigationThroughThePrompt(browser);
        }

        browser.open(overview);
        investigate(browser);

        browser.open(childPage);
        decideFamilyTreatment(browser);

        browser.open(childPage);
        browser.reloadUntilText(MAIN, "Indsats i gang");
        for (String deadline : new String[] {ASSESS_24H, CONFIRM_RECEIPT, COMPLETE_BFU}) {
            browser.reloadUntilText(MET_DEADLINES, deadline);
        }
        assertThat(browser.text(MAIN)).contains("Fase\nIndsats i gang", "Rådgiver\nTest " + caseworker,
                "Book opstartsmøde");
        assertThat(browser.text(DECISIONS)).contains(
                "Støttende indsats – Familiebehandling barnets lov § 32: Støttende indsats 6 mdr.",
                "Afgørelse om børnefaglig undersøgelse barnets lov § 20: Børnefaglig undersøgelse");
        assertThat(browser.text(CHRONOLOGY)).contains("Underretning modtaget fra Skole, Hjortespringskolen",
                "Underretning vurderet: ikke akut fare", "Kvittering sendt til underretter", "Sag fordelt",
                "Samtale med barnet alene", "Samtale med forældre", "Screening afsluttet: Børnefaglig undersøgelse",
                "Afgørelse: Afgørelse om børnefaglig undersøgelse", "Børnefaglig undersøgelse startet",
                "Børnefaglig undersøgelse afsluttet", "Socialfaglig vurdering: efter børnefaglig undersøgelse",
                "Afgørelse: Støttende indsats (Familiebehandling)", "Sagen gik videre til indsats i gang");
        browser.checkPage("child-in-intervention");
    }

    @Test
    void theIntakeFormExplainsAFutureDateAndTooLongTextAndKeepsWhatWasTyped(Browser browser) {
        long teamId = data.team("Team Vest");
        browser.logIn(data.user(Role.CASEWORKER, teamId), TestData.PASSWORD);
        browser.open("/underretninger/ny");
        String tooLong = "Eleven kommer ikke i skole. ".repeat(400).substring(0, 10_001);
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        choose(browser, labelFor("kind-CONCERN_REPORT"));
        browser.type(By.id("cpr"), newCpr());
        browser.type(By.id("firstName"), "Ida");
        browser.type(By.id("lastName"), data.uniqueLastName());
        new Select(browser.find(By.id("reporterType"))).selectByVisibleText("Skole");
        browser.type(By.id("reporterOrganisation"), "Hjortespringskolen");
        new Select(browser.find(By.id("channel"))).selectByVisibleText("Sikker e-mail");
        browser.setValue(By.id("receivedDate"), tomorrow);
        browser.setValue(By.id("content"), tooLong);
        browser.clickAndWaitForNewPage(Browser.button("Registrér"));

        assertThat(browser.text(By.id("error-summary"))).contains("Underretningen er ikke gemt endnu");
        assertThat(browser.text(By.id("receivedDate-error")))
                .isEqualTo("Modtagelsestidspunktet kan ikke ligge i fremtiden.");
        assertThat(browser.text(By.id("content-error")))
                .isEqualTo("Teksten er for lang: 10001 tegn. Der er plads til højst 10000 tegn.");
        assertThat(browser.find(By.id("receivedDate")).getDomProperty("value")).isEqualTo(tomorrow);
        assertThat(browser.find(By.id("content")).getDomProperty("value")).isEqualTo(tooLong);
        assertThat(browser.find(By.id("reporterOrganisation")).getDomProperty("value")).isEqualTo("Hjortespringskolen");
        assertThat(new Select(browser.find(By.id("reporterType"))).getFirstSelectedOption().getText()).isEqualTo("Skole");
        assertThat(browser.driver().findElement(By.id("kind-CONCERN_REPORT")).isSelected()).isTrue();
        browser.checkPage("intake-errors");
    }

    private void registerConcernReportFromSchool(Browser browser, String lastName) {
        browser.clickAndWaitForNewPage(Browser.link("Ny underretning"));
        assertThat(browser.path()).isEqualTo("/underretninger/ny");
        browser.checkPage("intake-form");

        choose(browser, labelFor("kind-CONCERN_REPORT"));
        browser.type(By.id("cpr"), newCpr());
        browser.waitUntil(d -> browser.text(By.id("child-lookup")).contains("Barnet findes ikke i Spor"));
        browser.waitForHtmxToSettle();
        browser.checkPage("intake-new-child");
        browser.type(By.id("firstName"), "Ida");
        browser.type(By.id("lastName"), lastName);
        new Select(browser.find(By.id("reporterType"))).selectByVisibleText("Skole");
        browser.type(By.id("reporterOrganisation"), "Hjortespringskolen");
        browser.type(By.id("reporterName"), "Lærer Hanne Berg");
        browser.type(By.id("reporterContact"), "hanne.berg@skole.dk");
        new Select(browser.find(By.id("channel"))).selectByVisibleText("Sikker e-mail");
        choose(browser, labelFor("cat-SCHOOL_ABSENCE"));
        choose(browser, labelFor("cat-CHILD_WELLBEING"));
        browser.type(By.id("content"), "Ida har haft 30 % fravær dette skoleår og virker trist og træt.");
        browser.clickAndWaitForNewPage(Browser.button("Registrér"));

        assertThat(browser.path()).startsWith("/underretninger/");
        assertThat(browser.text(H1)).startsWith("Underretning modtaget");
        assertThat(browser.text(MAIN)).contains("Underretningen er registreret.", "Skole, Hjortespringskolen",
                "Vurdering inden for 24 timer", "Kvittering til underretter", "inden 6 hverdage");
        browser.checkPage("concern-report");
    }

    /** The deadlines start in a listener after the registration commits, so the page is reloaded until they show. */
    private String openChildPageWithDeadlines(Browser browser) {
        browser.clickAndWaitForNewPage(Browser.link("Barnets side"));
        browser.reloadUntilText(MAIN, ASSESS_24H);
        browser.reloadUntilText(MAIN, CONFIRM_RECEIPT);
        assertThat(browser.text(MAIN)).contains("Underretning modtaget", "Skole, Hjortespringskolen", "Adresse\nIkke oplyst",
                "Rådgiver\nIkke fordelt");
        browser.checkPage("child-new-case");
        return browser.path();
    }

    private void assessAndConfirmReceipt(Browser browser, String reportPage) {
        browser.open(reportPage);
        choose(browser, labelFor("acute-no"));
        browser.type(By.id("reasons"), "Ingen tegn på akut fare. Fraværet og mistrivslen skal screenes.");
        browser.clickAndWaitForNewPage(Browser.button("Gem vurdering"));
        assertThat(browser.text(MAIN)).contains("Vurderingen er gemt.", "Akut fare\nNej");
        browser.checkPage("concern-report-assessed");

        browser.clickAndWaitForNewPage(Browser.button("Registrér at kvittering er sendt"));
        assertThat(browser.text(MAIN)).contains("Kvitteringen til underretteren er registreret.", "Kvitteret ");
        browser.checkPage("concern-report-receipt");
    }

    private void assign(Browser browser, String childPage, String caseworkerName) {
        browser.open(childPage);
        browser.checkPage("child-leader");
        new Select(browser.find(By.id("caseworkerId"))).selectByVisibleText(caseworkerName);
        browser.clickAndWaitForNewPage(Browser.button("Fordel"));
        browser.reloadUntilText(MAIN, "Rådgiver\n" + caseworkerName);
        browser.checkPage("child-assigned");
    }

    private void recordConversation(Browser browser, String kind, String participants, String childsOwnWords) {
        browser.clickAndWaitForNewPage(Browser.link("Registrér samtale"));
        browser.checkPage("conversation-form");
        browser.setValue(By.id("heldOn"), LocalDate.now(clock).toString());
        browser.find(label(kind)).click();
        browser.type(By.id("participants"), participants);
        if (childsOwnWords != null) {
            choose(browser, label("Barnet er informeret om formålet med samtalen og om retten til en bisidder"));
            browser.type(By.id("childsOwnWords"), childsOwnWords);
        }
        browser.type(By.id("summary"), "Vi talte om fraværet og om hverdagen derhjemme.");
        browser.clickAndWaitForNewPage(Browser.button("Gem samtalen"));
        assertThat(browser.text(MAIN)).contains(kind);
        browser.checkPage("conversation-saved");
    }

    private void concludeScreeningWithChildInvestigation(Browser browser) {
        browser.clickAndWaitForNewPage(Browser.link("Afslut screeningen"));
        browser.checkPage("screening-form");
        browser.type(By.id("informationConsidered"), "Underretningen fra skolen og samtalerne med Ida og forældrene.");
        browser.type(By.id("weightedInformation"), "Det store fravær og Idas egne ord om mors sygdom.");
        browser.type(By.id("conclusion"), "Idas trivsel skal undersøges grundigt.");
        browser.type(By.id("childsView"), "Ida vil gerne have det bedre i skolen.");
        choose(browser, label("Børnefaglig undersøgelse"));
        browser.clickAndWaitForNewPage(Browser.button("Afslut screeningen"));
        assertThat(browser.text(MAIN)).contains("Udfald: Børnefaglig undersøgelse");
        browser.checkPage("screening-concluded");
    }

    /** The screening moved the case into a BFU; the decision to start it (barnets lov § 20) is made from the prompt. */
    private void decideChildInvestigationThroughThePrompt(Browser browser) {
        browser.clickAndWaitForNewPage(Browser.link("Træf afgørelsen"));
        assertThat(new Select(browser.find(By.id("type"))).getFirstSelectedOption().getText())
                .isEqualTo("Afgørelse om børnefaglig undersøgelse");
        assertThat(new Select(browser.find(By.id("legalBasisId"))).getFirstSelectedOption().getText())
                .startsWith("barnets lov § 20");
        browser.checkPage("decision-form-bfu");
        browser.type(By.id("purpose"), "At undersøge Idas trivsel, skolegang og familiens situation.");
        browser.type(By.id("childView"), "Ida vil gerne fortælle om sin skoledag.");
        browser.clickAndWaitForNewPage(Browser.button("Gem afgørelse"));
        assertThat(browser.text(H1)).isEqualTo("Afgørelse om børnefaglig undersøgelse");
        browser.checkPage("decision-bfu");
    }

    private void investigate(Browser browser) {
        By investigation = By.partialLinkText("Børnefaglig undersøgelse, startet");
        browser.reloadUntilText(MAIN, "Børnefaglig undersøgelse, startet");
        browser.clickAndWaitForNewPage(investigation);
        assertThat(browser.text(MAIN)).contains("I gang (kladde)");
        browser.checkPage("investigation");

        browser.clickAndWaitForNewPage(Browser.link("Skriv planen"));
        browser.checkPage("investigation-plan-form");
        browser.type(By.id("purpose"), "Idas fravær og trivsel.");
        browser.type(By.id("questions"), "Hvorfor bliver Ida hjemme? Hvad har familien brug for?");
        browser.type(By.id("sources"), "Samtaler med Ida, forældrene og klasselæreren.");
        browser.setValue(By.id("expectedCompletion"), LocalDate.now(clock).plusMonths(2).toString());
        choose(browser, label("Planen er delt med barnet og forældrene"));
        browser.clickAndWaitForNewPage(Browser.button("Gem planen"));
        assertThat(browser.text(MAIN)).contains("Idas fravær og trivsel.");
        browser.checkPage("investigation-plan-saved");

        browser.clickAndWaitForNewPage(By.partialLinkText("Skriv afsnittet"));
        browser.checkPage("investigation-section-form");
        browser.type(By.id("resources"), "Ida er glad for sin klasse og sin lærer.");
        browser.type(By.id("concerns"), "Ida passer sin mor, når hun er syg.");
        browser.type(By.id("sources"), "Samtale med Ida.");
        browser.clickAndWaitForNewPage(Browser.button("Gem afsnittet"));
        assertThat(browser.text(MAIN)).contains("Ida passer sin mor, når hun er syg.");
        browser.checkPage("investigation-section-saved");

        browser.clickAndWaitForNewPage(Browser.link("Skriv konklusion eller afslut"));
        browser.checkPage("investigation-conclusion-form");
        browser.type(By.id("childsView"), "Ida vil gerne have hjælp derhjemme.");
        browser.type(By.id("parentsView"), "Forældrene ønsker familiebehandling.");
        browser.type(By.id("conclusion"), "Familien har brug for familiebehandling i et halvt år.");
        browser.clickAndWaitForNewPage(Browser.button(COMPLETE_BFU));
        assertThat(browser.text(MAIN)).contains("Afsluttet ");
        browser.checkPage("investigation-completed");

        browser.clickAndWaitForNewPage(Browser.link("Skriv den socialfaglige vurdering"));
        browser.checkPage("professional-assessment-form");
        browser.type(By.id("decisiveFactors"), "Idas fravær og at hun passer sin syge mor.");
        browser.type(By.id("challengesAndResources"), "Ida er glad for skolen; familien mangler aflastning.");
        browser.type(By.id("conclusion"), "Familien skal have familiebehandling.");
        choose(browser, label("Ja"));
        browser.type(By.id("supportDescription"), "Familiebehandling to gange om ugen.");
        browser.type(By.id("networkContribution"), "Mormor henter Ida fra skole om onsdagen.");
        browser.type(By.id("childsView"), "Ida synes, det er en god idé.");
        browser.type(By.id("parentsView"), "Forældrene er enige.");
        choose(browser, label("Videre til afgørelse"));
        browser.clickAndWaitForNewPage(Browser.button("Gem vurderingen"));
        assertThat(browser.text(MAIN)).contains("Videre til afgørelse");
        browser.checkPage("professional-assessment");
    }

    /** The § 32 decision follows the socialfaglige vurdering, which sent the case on to "Afgørelse". */
    private void decideFamilyTreatment(Browser browser) {
        browser.clickAndWaitForNewPage(Browser.link("Ny afgørelse"));
        browser.checkPage("decision-form");
        new Select(browser.find(By.id("type"))).selectByVisibleText("Støttende indsats");
        new Select(browser.find(By.id("legalBasisId"))).selectByVisibleText("barnets lov § 32: Støttende indsats");
        new Select(browser.find(By.id("subtype"))).selectByVisibleText("Familiebehandling");
        browser.type(By.id("purpose"), "At Ida trives og kommer i skole hver dag.");
        browser.type(By.id("expectedEffect"), "Idas fravær falder, og familien får en mere stabil hverdag.");
        browser.type(By.id("expectedDurationMonths"), "6");
        browser.type(By.id("childView"), "Ida vil gerne have, at nogen hjælper mor og far.");
        browser.type(By.id("parentsView"), "Forældrene er enige i indsatsen.");
        browser.setValue(By.id("notifiedOn"), LocalDate.now(clock).toString());
        browser.clickAndWaitForNewPage(Browser.button("Gem afgørelse"));

        assertThat(browser.text(H1)).isEqualTo("Støttende indsats");
        assertThat(browser.text(MAIN)).contains("Afgørelsen er gemt.", "Familiebehandling", "6 måneder");
        String letter = browser.find(Browser.link("Hent afgørelsesbrev (PDF)")).getDomProperty("href");
        Object contentType = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); });",
                letter);
        assertThat(contentType).isEqualTo("200 application/pdf");
        browser.checkPage("decision-supportive");
    }

    /**
     * Ticks a radio button or checkbox by clicking its label where a person would: DKFDS draws the box on the label
     * and lays the transparent input over it on some fields, so the click lands on whichever is on top.
     */
    private static void choose(Browser browser, By label) {
        WebElement labelElement = browser.find(label);
        WebElement input = browser.driver().findElement(By.id(labelElement.getDomAttribute("for")));
        new Actions(browser.driver()).moveToElement(labelElement).click().perform();
        assertThat(input.isSelected()).as("%s is ticked", input.getDomAttribute("id")).isTrue();
    }

    /** The label of a radio button or checkbox with this id. */
    private static By labelFor(String id) {
        return By.cssSelector("label[for='" + id + "']");
    }

    private static By label(String text) {
        return By.xpath("//label[normalize-space()='" + text + "']");
    }

    /** A valid CPR number of a girl born 1 March 2016 (7th digit 4: born 2000–2036) that no other test uses. */
    private static String newCpr() {
        return "0103164" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    }
}
