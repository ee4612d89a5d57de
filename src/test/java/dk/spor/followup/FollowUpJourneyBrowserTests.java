package dk.spor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole follow-up practice after a § 32 decision, as one caseworker clicks through it in a real browser: the
 * child's plan and a goal with what each participant wants to see happen, the intervention from the decision and
 * its start, the start-up meeting with its agenda, the calls to the parents, the follow-up meeting with Signs of
 * Safety and the next date proposed from the decided cadence, new information and its assessment, and the child's
 * story in the chronology. Every page passes axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class FollowUpJourneyBrowserTests {

    private static final By MAIN = By.id("main-content");
    private static final By H1 = By.tagName("h1");
    private static final By SUCCESS = By.cssSelector(".alert-success");
    private static final By CHRONOLOGY = By.cssSelector("ol.spor-timeline");
    private static final By OPEN_DEADLINES = By.xpath("//h2[normalize-space()='Frister']/following-sibling::ul[1]");
    private static final By MET_DEADLINES = By.xpath("//h3[normalize-space()='Opfyldte frister']/following-sibling::ul[1]");
    private static final By FOLLOWUP_SECTION = By.id("followup-section");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMM yyyy", new Locale("da", "DK"));
    private static final String GOAL = "Ida kommer i skole hver dag";

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aCaseworkerFollowsTheChildFromTheDecisionThroughMeetingsCallsAndNewInformationToAnAssessment(Browser browser) {
        long team = data.team("Team Forløb");
        String caseworker = data.user(Role.CASEWORKER, team);
        long provider = data.provider("Familiehuset Birken");
        String lastName = data.uniqueLastName();
        long child = data.child("Ida", lastName);
        long caseId = data.openCase(child, team, data.userId(caseworker));
        data.parentWithCustody(child, "Mette", lastName, "MOTHER");
        data.parentWithCustody(child, "Jens", lastName, "FATHER");
        LocalDate today = LocalDate.now(clock);
        LocalDate startedOn = today.minusDays(10);
        data.supportiveDecision(caseId, today.minusDays(20), data.userId(caseworker));
        String childPage = "/boern/" + child;

        browser.logIn(caseworker, TestData.PASSWORD);
        makeThePlanAndSetTheGoal(browser, childPage);
        long goal = jdbc.sql("select id from goal where case_id = ?").param(caseId).query(Long.class).single();

        createAndStartTheIntervention(browser, caseId, provider, startedOn);
        browser.open(childPage);
        browser.reloadUntilText(OPEN_DEADLINES, "Første opfølgning på indsatsen");
        assertThat(browser.text(OPEN_DEADLINES)).contains(DANISH_DATE.format(startedOn.plusMonths(3)));
        browser.waitForHtmxToSettle();
        assertThat(browser.text(By.id("intervention-section"))).contains("Familiebehandling · I gang · Familiehuset Birken");
        browser.checkPage("child-intervention-running");

        holdTheStartUpMeeting(browser, caseId, startedOn.plusDays(1));
        recordTheCallToTheMother(browser, caseId, lastName);

        decideTheCadence(browser, caseId);
        LocalDate followUpOn = today.minusDays(1);
        holdTheFollowUpMeeting(browser, caseId, goal, followUpOn);
        browser.open(childPage);
        browser.reloadUntilText(MET_DEADLINES, "Første opfølgning på indsatsen");
        assertThat(browser.text(OPEN_DEADLINES)).contains("Næste opfølgning på indsatsen",
                DANISH_DATE.format(followUpOn.plusWeeks(6)));
        browser.checkPage("child-after-follow-up");

        logNewInformation(browser, caseId, lastName);
        assessTheContactFromTheStartPage(browser, lastName);
        readTheChildsStoryInTheChronology(browser, childPage, startedOn);
    }

    private void makeThePlanAndSetTheGoal(Browser browser, String childPage) {
        browser.open(childPage);
        browser.waitUntil(d -> !d.findElements(By.id("plan-section")).isEmpty()
                && !d.findElements(By.id("intervention-section")).isEmpty());
        browser.waitForHtmxToSettle();
        assertThat(browser.text(By.id("intervention-section"))).contains("mangler at blive oprettet som indsats");
        browser.checkPage("child-after-decision");

        browser.clickAndWaitForNewPage(Browser.link("Se plan og mål"));
        browser.checkPage("plan-empty");
        browser.clickAndWaitForNewPage(Browser.link("Udarbejd barnets plan"));
        browser.type(By.id("purpose"), "Ida trives i skolen, og morgenerne derhjemme er rolige");
        browser.type(By.id("childView"), "Jeg vil gerne have, at vi ikke skændes om morgenen");
        browser.type(By.id("support"), "Mormor kører Ida i skole om mandagen");
        browser.checkPage("plan-form");
        browser.clickAndWaitForNewPage(Browser.button("Gem planen"));
        assertThat(browser.text(H1)).startsWith("Barnets plan for Ida");
        assertThat(browser.text(SUCCESS)).contains("Planen er gemt");
        browser.waitForHtmxToSettle();
        browser.checkPage("plan");

        browser.clickAndWaitForNewPage(Browser.link("Sæt nyt mål"));
        assertThat(browser.text(MAIN)).contains("Hvad vil vi gerne se ske?");
        browser.type(By.id("title"), GOAL);
        choose(browser, "label[for='dimension-2']");
        new Select(browser.find(By.id("criteria0.perspective"))).selectByValue("CHILD");
        browser.type(By.id("criteria0.name"), "Ida");
        browser.type(By.id("criteria0.text"), "Jeg har lyst til at gå i skole om morgenen");
        new Select(browser.find(By.id("criteria1.perspective"))).selectByValue("PARENT");
        browser.type(By.id("criteria1.name"), "Mette");
        browser.type(By.id("criteria1.text"), "Ida er klar til at gå kl. 7.45 uden skænderier");
        new Select(browser.find(By.id("supporters0.perspective"))).selectByValue("SCHOOL");
        browser.type(By.id("supporters0.text"), "Klasselæreren ringer hjem ved fravær");
        browser.checkPage("goal-form");
        browser.clickAndWaitForNewPage(Browser.button("Sæt målet"));
        assertThat(browser.text(SUCCESS)).contains("Målet er sat");
        assertThat(browser.text(MAIN)).contains("Hvad vil vi gerne se ske?",
                "Barnet (Ida): Jeg har lyst til at gå i skole om morgenen",
                "Ida er klar til at gå kl. 7.45 uden skænderier");
        browser.waitForHtmxToSettle();
        browser.checkPage("goal");
    }

    private void createAndStartTheIntervention(Browser browser, long caseId, long provider, LocalDate startedOn) {
        browser.open("/sager/" + caseId + "/indsatser");
        browser.clickAndWaitForNewPage(By.partialLinkText("Opret indsatsen fra afgørelsen"));
        assertThat(new Select(browser.find(By.id("typeCode"))).getFirstSelectedOption().getText())
                .isEqualTo("Familiebehandling");
        new Select(browser.find(By.id("providerId"))).selectByValue(String.valueOf(provider));
        browser.type(By.id("providerContact"), "Susanne Krogh");
        browser.setValue(By.id("plannedStartOn"), startedOn.toString());
        choose(browser, "label[for^='goal-']");
        browser.checkPage("intervention-form");
        browser.clickAndWaitForNewPage(Browser.button("Opret indsatsen"));
        assertThat(browser.text(MAIN)).contains("Venter på opstart", "Familiehuset Birken", GOAL);

        browser.setValue(By.id("startedOn"), startedOn.toString());
        browser.clickAndWaitForNewPage(Browser.button("Start indsatsen"));
        assertThat(browser.text(MAIN)).contains("Indsatsen er startet", "Status\nI gang",
                "Ventetid\n10 dage fra bevilling til start");
        browser.checkPage("intervention-running");
    }

    private void holdTheStartUpMeeting(Browser browser, long caseId, LocalDate on) {
        planMeeting(browser, caseId, "Opstartsmøde", on, "plan-start-up");
        assertThat(browser.text(SUCCESS)).contains("Mødet er planlagt");
        assertThat(browser.text(By.id("dagsorden")).isEmpty()).isFalse();
        assertThat(browser.text(MAIN)).contains("Velkommen og formålet med mødet", "Trivselslinealen",
                "Målene gennemgås med Signs of Safety", "Opfølgning og kontakt", "Susanne Krogh (Udfører)");
        browser.checkPage("start-up-planned");

        browser.type(By.id("recipients"), "Mette og Jens pr. brev, Familiehuset Birken pr. sikker e-mail");
        browser.clickAndWaitForNewPage(Browser.button("Registrér at dagsordenen er sendt"));
        assertThat(browser.text(MAIN)).contains("Dagsordenen er registreret som sendt",
                "til Mette og Jens pr. brev, Familiehuset Birken pr. sikker e-mail");
        browser.checkPage("start-up-agenda-sent");

        browser.clickAndWaitForNewPage(Browser.link("Skriv referat"));
        browser.setValue(By.id("item[" + agendaItemId(caseId, "STARTUP", 1) + "]"),
                "Familiebehandleren præsenterede sig, og familien fortalte om morgenerne.");
        browser.setValue(By.id("childView"), "Ida siger, at det bedste er, når far laver morgenmad.");
        choose(browser, "label[for='childAlone-yes']");
        browser.setValue(By.id("childAloneSummary"), "Jeg bliver ked af det, når mor og far råber.");
        browser.setValue(By.id("nextFollowUpOn"), on.plusMonths(3).toString());
        browser.checkPage("start-up-minutes");
        browser.clickAndWaitForNewPage(Browser.button("Afslut referatet"));
        assertThat(browser.text(MAIN)).contains("Referatet er afsluttet", "Status\nHoldt",
                "Næste opfølgning\n" + DANISH_DATE.format(on.plusMonths(3)),
                "Ida siger, at det bedste er, når far laver morgenmad.",
                "Jeg bliver ked af det, når mor og far råber.");
        browser.checkPage("start-up-held");
    }

    private void recordTheCallToTheMother(Browser browser, long caseId, String lastName) {
        browser.open("/sager/" + caseId + "/moeder");
        assertThat(browser.text(MAIN)).contains("Mette " + lastName + " (Mor)", "Jens " + lastName + " (Far)", "Mangler");
        browser.checkPage("calls-to-make");
        browser.clickAndWaitForNewPage(Browser.link("Mette " + lastName + " (Mor)"));
        assertThat(browser.text(MAIN)).contains("Er indsatsen gået i gang?", "Bidrager indsatsen til en god udvikling?");
        browser.setValue(By.id("calledTime"), "00:01");
        browser.type(By.id("interventionStarted"), "Ja, familiebehandleren har været hjemme to gange.");
        browser.type(By.id("goodDevelopment"), "Mor synes, morgenerne er blevet roligere.");
        browser.checkPage("call-form");
        browser.clickAndWaitForNewPage(Browser.button("Registrér opkaldet"));
        assertThat(browser.text(MAIN)).contains("Opkaldet til Mette " + lastName + " er registreret");
        browser.checkPage("call-recorded");

        // The call reaches the contact log and the inbox through an event after the commit.
        browser.open("/sager/" + caseId + "/kontakter");
        browser.reloadUntilText(MAIN, "Telefonsamtale med Mette " + lastName);
        assertThat(browser.text(CHRONOLOGY)).contains(
                "Er indsatsen gået i gang? Ja, familiebehandleren har været hjemme to gange.");
        browser.checkPage("contact-log-with-call");
        browser.open("/sager/" + caseId + "/ny-viden");
        assertThat(browser.text(MAIN)).contains("Telefonsamtale med Mette " + lastName);
        browser.checkPage("case-inbox-with-call");
    }

    private void decideTheCadence(Browser browser, long caseId) {
        browser.open("/sager/" + caseId + "/indsatser");
        assertThat(browser.text(MAIN)).contains("Der er ikke besluttet en kadence endnu.");
        browser.type(By.id("intervalAmount"), "6");
        new Select(browser.find(By.id("intervalUnit"))).selectByValue("WEEKS");
        browser.type(By.id("justification"), "Hyppig opfølgning, indtil morgenerne er stabile.");
        browser.type(By.id("childWish"), "Jeg vil gerne ses tit");
        browser.checkPage("cadence-form");
        browser.clickAndWaitForNewPage(Browser.button("Gem kadencen"));
        assertThat(browser.text(SUCCESS)).contains("Opfølgningskadencen er gemt");
        assertThat(browser.text(MAIN)).contains("Kadence\nHver 6. uge", "Barnets ønske\nJeg vil gerne ses tit");
        browser.checkPage("cadence-decided");
    }

    private void holdTheFollowUpMeeting(Browser browser, long caseId, long goal, LocalDate on) {
        planMeeting(browser, caseId, "Opfølgningsmøde", on, "plan-follow-up");
        assertThat(browser.text(MAIN)).contains("Mødet er planlagt", "Statusudtalelser og målene", "Næste opfølgning");
        browser.clickAndWaitForNewPage(Browser.link("Skriv referat"));
        assertThat(browser.text(MAIN)).contains("Mål: " + GOAL,
                "Sagens opfølgningskadence: Hver 6. uge", "Datoen er foreslået ud fra den.");
        assertThat(browser.find(By.id("nextFollowUpOn")).getDomProperty("value"))
                .isEqualTo(on.plusWeeks(6).toString());
        browser.setValue(By.id("worries[" + goal + "]"), "Fraværet er stadig højt om mandagen.");
        browser.setValue(By.id("working[" + goal + "]"), "Ida kommer i skole, når mormor kører hende.");
        browser.setValue(By.id("mustHappen[" + goal + "]"), "Faste morgenrutiner, som mor og far følger.");
        choose(browser, "label[for='childAlone-no']");
        browser.setValue(By.id("decisions"), "Familiebehandlingen fortsætter uændret.");
        browser.checkPage("follow-up-minutes");
        browser.clickAndWaitForNewPage(Browser.button("Afslut referatet"));
        assertThat(browser.text(MAIN)).contains("Referatet er afsluttet", "Næste opfølgning\n"
                + DANISH_DATE.format(on.plusWeeks(6)), "Mål: " + GOAL);
        assertThat(browser.text(By.xpath("//table[caption='Mål: " + GOAL + "']"))).contains(
                "Hvad bekymrer? Hvad fungerer? Hvad skal der ske?", "Fraværet er stadig højt om mandagen.",
                "Ida kommer i skole, når mormor kører hende.", "Faste morgenrutiner, som mor og far følger.");
        browser.checkPage("follow-up-held");
    }

    private void logNewInformation(Browser browser, long caseId, String lastName) {
        browser.open("/sager/" + caseId + "/kontakter");
        new Select(browser.find(By.id("channel"))).selectByVisibleText("Telefonsamtale");
        new Select(browser.find(By.id("counterpart"))).selectByVisibleText("Skole eller dagtilbud");
        browser.type(By.id("personName"), "Klasselærer Hanne Dahl");
        browser.type(By.id("summary"), "Ida har været fraværende tre mandage i træk og virker træt.");
        browser.checkPage("contact-form");
        browser.clickAndWaitForNewPage(Browser.button("Gem kontakt"));
        assertThat(browser.text(SUCCESS)).contains("ny viden, der skal vurderes");
        assertThat(browser.text(CHRONOLOGY)).contains("Klasselærer Hanne Dahl", "Telefonsamtale med Mette " + lastName);
        browser.checkPage("contact-logged");
    }

    private void assessTheContactFromTheStartPage(Browser browser, String lastName) {
        browser.open("/");
        browser.waitUntil(d -> !d.findElements(FOLLOWUP_SECTION).isEmpty());
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).contains("Telefonsamtale med Klasselærer Hanne Dahl",
                "Telefonsamtale med Mette " + lastName);
        browser.checkPage("start-page-unassessed");

        browser.clickAndWaitForNewPage(By.xpath(
                "//section[@id='followup-section']//a[contains(normalize-space(), 'Hanne Dahl')]"));
        assertThat(browser.text(MAIN)).contains("Ida har været fraværende tre mandage i træk");
        browser.checkPage("new-information");
        choose(browser, "label[for='outcome-ADJUST_INTERVENTION']");
        browser.type(By.id("assessment"), "Fraværet om mandagen hænger sammen med weekenderne hos far.");
        choose(browser, "label[for^='intervention-']");
        browser.type(By.id("adjustment"), "Familiebehandleren kommer også søndag aften.");
        browser.clickAndWaitForNewPage(Browser.button("Gem vurdering"));
        assertThat(browser.text(SUCCESS)).contains("Vurderingen er gemt: Indsatsen justeres.");
        browser.checkPage("assessed");

        browser.open("/");
        browser.waitForHtmxToSettle();
        assertThat(browser.text(FOLLOWUP_SECTION)).doesNotContain("Hanne Dahl")
                .contains("Telefonsamtale med Mette " + lastName);
    }

    private void readTheChildsStoryInTheChronology(Browser browser, String childPage, LocalDate startedOn) {
        browser.open(childPage);
        assertThat(browser.text(CHRONOLOGY)).contains(
                "Barnet (Ida): Jeg har lyst til at gå i skole om morgenen\nForælder (Mette): Ida er klar til at gå",
                "Startdato " + DANISH_DATE.format(startedOn) + ". Udfører: Familiehuset Birken");
        assertThat(browser.text(CHRONOLOGY)).contains("Barnets plan udarbejdet", "Mål sat: " + GOAL,
                "Indsats bevilget: Familiebehandling", "Indsats startet: Familiebehandling", "Opstartsmøde planlagt",
                "Dagsorden sendt: Opstartsmøde", "Telefonopfølgning med Mette", "Opfølgningsmøde",
                "Opfølgningskadence: hver 6. uge", "Telefonsamtale med Klasselærer Hanne Dahl",
                "Ny viden vurderet: Indsatsen justeres");
        browser.waitForHtmxToSettle();
        browser.checkPage("child-chronology");

        new Select(browser.find(By.id("vis"))).selectByVisibleText("Møder");
        browser.clickAndWaitForNewPage(Browser.button("Filtrér"));
        assertThat(browser.path()).endsWith("vis=meeting");
        assertThat(browser.text(CHRONOLOGY)).contains("Opstartsmøde planlagt", "Dagsorden sendt: Opstartsmøde",
                "Telefonopfølgning med Mette", "Opfølgningsmøde planlagt")
                .doesNotContain("Mål sat", "Indsats startet", "Hanne Dahl", "Ny viden vurderet");
        browser.waitForHtmxToSettle();
        browser.checkPage("child-chronology-meetings");
    }

    /**
     * Ticks a radio button or checkbox by its label, as a person would; a short label ("Ja") lies under DKFDS's
     * styled input, which then takes the click itself.
     */
    private static void choose(Browser browser, String labelSelector) {
        WebElement label = browser.find(By.cssSelector(labelSelector));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        try {
            label.click();
        } catch (ElementClickInterceptedException e) {
            browser.driver().findElement(By.id(label.getDomAttribute("for"))).click();
        }
    }

    private void planMeeting(Browser browser, long caseId, String type, LocalDate on, String label) {
        browser.open("/sager/" + caseId + "/moeder");
        browser.clickAndWaitForNewPage(Browser.link("Planlæg møde"));
        new Select(browser.find(By.id("typeCode"))).selectByVisibleText(type);
        browser.setValue(By.id("date"), on.toString());
        browser.setValue(By.id("time"), "09:00");
        browser.type(By.id("place"), "Familiehuset Birken");
        if (!browser.driver().findElement(By.id("childAttends")).isSelected()) {
            choose(browser, "label[for='childAttends']");
        }
        browser.type(By.id("providerName"), "Susanne Krogh");
        browser.checkPage(label);
        browser.clickAndWaitForNewPage(Browser.button("Planlæg mødet"));
    }

    private long agendaItemId(long caseId, String type, int position) {
        return jdbc.sql("""
                select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
                 where m.case_id = ? and m.type_code = ? and i.position = ?""")
                .param(caseId).param(type).param(position).query(Long.class).single();
    }
}
