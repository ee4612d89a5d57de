package dk.spor.meeting;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meeting practice in a real browser: a start-up meeting planned with its agenda, the agenda sent, the minutes
 * closed with the next follow-up date, a call to a parent, and a follow-up meeting whose minutes are Signs of Safety
 * per goal. Every page passes axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class MeetingBrowserTests {

    private static final By MAIN = By.id("main-content");

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aStartUpMeetingLeadsToCallsAndAFollowUpMeetingReviewsTheGoalsWithSignsOfSafety(Browser browser) {
        long team = data.team("Møder i browseren");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Ida", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        data.parentWithCustody(child, "Mette", "Holm", "MOTHER");
        data.parentWithCustody(child, "Jens", "Holm", "FATHER");
        long goal = jdbc.sql("""
                insert into goal (case_id, child_id, title, status, set_on, created_by, created_at)
                values (?, ?, 'Ida kommer i skole hver dag', 'ACTIVE', current_date - 30, ?, now()) returning id""")
                .param(caseId).param(child).param(data.userId(caseworker)).query(Long.class).single();
        String yesterday = LocalDate.now(clock).minusDays(1).toString();

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open("/sager/" + caseId + "/moeder");
        browser.checkPage("case-meetings-empty");
        browser.clickAndWaitForNewPage(Browser.link("Planlæg møde"));
        browser.checkPage("plan-meeting");
        planMeeting(browser, "Opstartsmøde", yesterday);
        assertThat(browser.text(MAIN)).contains("Mødet er planlagt", "Trivselslinealen", "Mette Holm (Mor)",
                "heraf 30 minutters ekstra tid til barnet", "Bisidder\nTilbudt");
        browser.checkPage("meeting-planned");

        browser.clickAndWaitForNewPage(Browser.button("Registrér at dagsordenen er sendt"));
        assertThat(browser.text(MAIN)).contains("Dagsordenen er registreret som sendt", "Sendt ");

        browser.clickAndWaitForNewPage(Browser.link("Skriv referat"));
        browser.checkPage("minutes-start-up");
        browser.find(By.cssSelector("label[for='childAlone-yes']")).click();
        browser.setValue(By.id("childAloneSummary"), "Jeg vil gerne have, at mor og far ikke råber om morgenen.");
        browser.setValue(By.id("nextFollowUpOn"), LocalDate.now(clock).plusMonths(3).toString());
        browser.clickAndWaitForNewPage(Browser.button("Afslut referatet"));
        assertThat(browser.text(MAIN)).contains("Referatet er afsluttet", "Jeg vil gerne have, at mor og far ikke råber");
        browser.checkPage("meeting-held");

        browser.open("/sager/" + caseId + "/moeder");
        assertThat(browser.text(MAIN)).contains("Mette Holm (Mor)", "Jens Holm (Far)", "Mangler");
        browser.checkPage("case-meetings-with-calls");
        browser.clickAndWaitForNewPage(Browser.link("Mette Holm (Mor)"));
        browser.checkPage("call");
        browser.setValue(By.id("calledTime"), "00:01");
        browser.type(By.id("interventionStarted"), "Ja, familiebehandleren har været der to gange.");
        browser.type(By.id("goodDevelopment"), "Mor synes, morgenerne er blevet roligere.");
        browser.clickAndWaitForNewPage(Browser.button("Registrér opkaldet"));
        assertThat(browser.text(MAIN)).contains("Opkaldet til Mette Holm er registreret");

        browser.clickAndWaitForNewPage(Browser.link("Planlæg møde"));
        planMeeting(browser, "Opfølgningsmøde", yesterday);
        browser.clickAndWaitForNewPage(Browser.link("Skriv referat"));
        browser.setValue(By.id("worries[" + goal + "]"), "Fraværet er stadig højt om mandagen.");
        browser.setValue(By.id("working[" + goal + "]"), "Ida kommer i skole, når en klassekammerat henter hende.");
        browser.setValue(By.id("mustHappen[" + goal + "]"), "Faste morgenrutiner, som mor og far følger.");
        browser.find(By.cssSelector("label[for='childAlone-no']")).click();
        browser.clickAndWaitForNewPage(Browser.button("Afslut referatet"));
        assertThat(browser.text(By.id("nextFollowUpOn-error")))
                .contains("Referatet kan ikke afsluttes uden en dato for næste opfølgning");
        assertThat(browser.find(By.id("worries[" + goal + "]")).getDomProperty("value"))
                .isEqualTo("Fraværet er stadig højt om mandagen.");
        browser.checkPage("minutes-without-next-date");
        browser.setValue(By.id("nextFollowUpOn"), LocalDate.now(clock).plusDays(45).toString());
        browser.clickAndWaitForNewPage(Browser.button("Afslut referatet"));
        assertThat(browser.text(MAIN)).contains("Mål: Ida kommer i skole hver dag", "Faste morgenrutiner, som mor og far følger.");
        browser.checkPage("follow-up-held");

        browser.open("/boern/" + child);
        browser.waitUntil(d -> browser.text(MAIN).contains("Holdte møder"));
        browser.waitForHtmxToSettle();
        assertThat(browser.text(MAIN)).contains("Opfølgningsmøde", "Ring til Jens Holm (Far)");
        browser.checkPage("child-page-meetings");
    }

    private void planMeeting(Browser browser, String type, String date) {
        new Select(browser.find(By.id("typeCode"))).selectByVisibleText(type);
        browser.setValue(By.id("date"), date);
        browser.setValue(By.id("time"), "09:00");
        browser.type(By.id("place"), "Familiehuset");
        if (!browser.driver().findElement(By.id("childAttends")).isSelected()) {
            browser.find(By.cssSelector("label[for='childAttends']")).click();
        }
        browser.find(By.cssSelector("label[for='supporterOffered']")).click();
        browser.clickAndWaitForNewPage(Browser.button("Planlæg mødet"));
    }
}
