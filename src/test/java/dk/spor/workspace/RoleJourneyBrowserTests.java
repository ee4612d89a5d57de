package dk.spor.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dk.spor.casefile.CaseFiles;
import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each role's first minutes in Spor, in a real browser: log in through the form, the start page, a child's page
 * and the htmx case search. Every page must pass axe-core (WCAG 2.1 A/AA) with a clean console.
 */
@BrowserTest
class RoleJourneyBrowserTests {

    private static final By MAIN = By.id("main-content");
    private static final By CASE_RESULTS = By.id("case-results");

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired CaseFiles caseFiles;

    @Test
    void caseworkerSeesOwnTasksAndCasesOpensTheChildAndSearches(Browser browser) {
        Team team = team();
        logInToStartPage(browser, team.caseworker, "Mine opgaver", "Vurdér underretningen", "Alma Kirkegaard");

        browser.clickAndWaitForNewPage(Browser.link("Alma Kirkegaard"));
        assertChildPageOfAlma(browser, team);

        searchCases(browser);
    }

    @Test
    void teamLeaderSeesOverdueAndUnassignedCasesOpensTheChildAndSearches(Browser browser) {
        Team team = team();
        logInToStartPage(browser, team.leader, "Nøgletal pr. team", "Overskredne frister", "Oskar Lindholm");

        browser.clickAndWaitForNewPage(Browser.link("Alma Kirkegaard"));
        assertChildPageOfAlma(browser, team);

        searchCases(browser);
    }

    @Test
    void headSeesTheWholeServiceOpensAChildAndSearches(Browser browser) {
        Team team = team();
        logInToStartPage(browser, team.head, "Overblik over hele børne- og ungeområdet", team.name);

        browser.open("/boern/" + team.alma);
        assertChildPageOfAlma(browser, team);

        searchCases(browser);
    }

    @Test
    void providerSeesOwnStartPageButNoCaseList(Browser browser) {
        String provider = data.user(Role.PROVIDER, null, data.provider("Familiehuset"));
        logInToStartPage(browser, provider, "Mine børn");
        assertThat(browser.isPresent(Browser.link("Sager"))).isFalse();

        browser.open("/sager");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen adgang");
        browser.checkPage("case-list-denied");
    }

    /** The administrator lands on the administration, sees no child's data, and every admin page passes axe. */
    @Test
    void adminWorksInTheAdministrationPages(Browser browser) {
        String admin = data.user(Role.ADMIN, null);
        browser.logIn(admin, TestData.PASSWORD);

        assertThat(browser.path()).isEqualTo("/admin");
        browser.checkPage("admin");
        for (String page : new String[] {"/admin/brugere", "/admin/logning", "/admin/indsigt", "/admin/frister"}) {
            browser.open(page);
            assertThat(browser.path()).isEqualTo(page);
            browser.checkPage(page.substring("/admin/".length()));
        }
    }

    /** On a phone the main menu and "Log af" sit in DKFDS's drawer, and no page scrolls sideways. */
    @Test
    void caseworkerFindsCasesThroughTheMenuOnAPhone(Browser browser) {
        Team team = team();
        browser.usePhoneViewport();
        browser.logIn(team.caseworker, TestData.PASSWORD);

        assertThat(browser.text(MAIN)).contains("Alma Kirkegaard");
        browser.assertNoHorizontalScrolling();
        browser.checkPage("start-phone");

        browser.find(Browser.button("Menu")).click();
        assertThat(browser.find(By.cssSelector(".mobile-drawer")).getText()).contains("Sager", "Log af");
        browser.checkPage("menu-phone");

        browser.clickAndWaitForNewPage(By.cssSelector(".navigation-menu-mobile a[href='/sager']"));
        assertThat(browser.path()).isEqualTo("/sager");
        browser.assertNoHorizontalScrolling();
        browser.checkPage("case-list-phone");
    }

    /** Logs in through the form and lands on the role's start page, which must pass the page checks. */
    private static void logInToStartPage(Browser browser, String username, String... expectedTexts) {
        browser.logIn(username, TestData.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text(MAIN)).contains(expectedTexts);
        browser.checkPage("start");
    }

    private void assertChildPageOfAlma(Browser browser, Team team) {
        assertThat(browser.path()).isEqualTo("/boern/" + team.alma);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Alma Kirkegaard");
        assertThat(browser.text(MAIN)).contains("Tidslinje", "Underretning modtaget", "Samtale med Alma",
                "Afslut den børnefaglige undersøgelse", team.name);
        browser.checkPage("child");
    }

    /** Typing in the search field updates the result list through htmx, without loading a new page. */
    private void searchCases(Browser browser) {
        browser.clickAndWaitForNewPage(Browser.link("Sager"));
        assertThat(browser.path()).isEqualTo("/sager");
        browser.checkPage("case-list");

        browser.driver().executeScript("window.sporSamePage = true");
        browser.type(By.id("q"), "Alma Kirkegaard");
        browser.waitUntil(d -> "Alma Kirkegaard".equals(searchTermInAddress(browser))
                && browser.text(CASE_RESULTS).contains("Alma Kirkegaard")
                && !browser.text(CASE_RESULTS).contains("Oskar Lindholm"));
        browser.waitForHtmxToSettle();

        assertThat(browser.driver().executeScript("return window.sporSamePage === true")).isEqualTo(true);
        assertThat(browser.find(By.id("q")).getAttribute("value")).isEqualTo("Alma Kirkegaard");
        browser.checkPage("case-search");
    }

    private static String searchTermInAddress(Browser browser) {
        String q = UriComponentsBuilder.fromUriString(browser.driver().getCurrentUrl()).build()
                .getQueryParams().getFirst("q");
        return q == null ? null : URLDecoder.decode(q, StandardCharsets.UTF_8);
    }

    /**
     * A team with a caseworker, a team leader and (service-wide) a head. Alma's case is the caseworker's, with an
     * overdue and an upcoming deadline and a short chronology; Oskar's case waits to be assigned.
     */
    private Team team() {
        long teamId = data.team("Team Nord");
        String name = jdbc.sql("select name from team where id = ?").param(teamId).query(String.class).single();
        String caseworker = data.user(Role.CASEWORKER, teamId);
        String leader = data.user(Role.TEAM_LEADER, teamId);
        String head = data.user(Role.HEAD, null);
        long caseworkerId = data.userId(caseworker);

        long alma = data.child("Alma", "Kirkegaard");
        long almaCase = data.openCase(alma, teamId, caseworkerId);
        Instant now = clock.instant();
        deadline(almaCase, alma, caseworkerId, "concern-report.assess-24h", now.minus(Duration.ofDays(1)));
        deadline(almaCase, alma, caseworkerId, "child-investigation.complete-4-months", now.plus(Duration.ofDays(3)));
        caseFiles.record(almaCase, now.minus(Duration.ofDays(2)), "intake.received", "Underretning modtaget",
                "Skolen underretter om bekymrende fravær.", null);
        caseFiles.record(almaCase, now.minus(Duration.ofDays(2)), "casefile.opened", "Sag oprettet", null, caseworkerId);
        caseFiles.record(almaCase, now.minus(Duration.ofHours(5)), "contact.child", "Samtale med Alma",
                "Alma fortæller om sin skoledag.", caseworkerId);

        long oskar = data.child("Oskar", "Lindholm");
        long oskarCase = data.openCase(oskar, teamId, null);
        deadline(oskarCase, oskar, null, "startup-meeting.book", now.plus(Duration.ofDays(20)));
        return new Team(name, caseworker, leader, head, alma);
    }

    /** A deadline under a shipped rule, which gives its title. */
    private void deadline(long caseId, long childId, Long assigneeId, String ruleId, Instant dueAt) {
        jdbc.sql("""
                insert into deadline (rule_id, title, subject_type, subject_id, case_id, child_id, assignee_id,
                                      triggered_at, due_at)
                select id, name_da, 'CASE', ?, ?, ?, ?, ?, ? from deadline_rule where id = ? and version = 1""")
                .param(caseId).param(caseId).param(childId).param(assigneeId)
                .param(Timestamp.from(dueAt.minus(Duration.ofDays(7)))).param(Timestamp.from(dueAt)).param(ruleId).update();
    }

    private record Team(String name, String caseworker, String leader, String head, long alma) {
    }
}
