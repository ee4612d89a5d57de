package dk.spor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class LoginBrowserTests {

    private static final By ALERT = By.cssSelector("[role=alert], [role=status]");

    @Autowired TestData data;

    @Test
    void loginPageIsAccessible(Browser browser) {
        browser.open("/");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Log ind");
        browser.checkPage("login");
    }

    @Test
    void wrongPasswordShowsAnAccessibleError(Browser browser) {
        String user = data.user(Role.CASEWORKER, data.team("Team Login"));

        browser.logIn(user, "forkert-" + TestData.PASSWORD);

        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text(ALERT)).contains("Log ind mislykkedes", "Brugernavn eller adgangskode er forkert.");
        browser.checkPage("login-error");
    }

    @Test
    void logOutEndsTheSession(Browser browser) {
        String user = data.user(Role.CASEWORKER, data.team("Team Login"));
        browser.logIn(user, TestData.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");

        browser.logOut();

        assertThat(browser.path()).isEqualTo("/login?logout");
        assertThat(browser.text(ALERT)).contains("Du er logget af.");
        browser.checkPage("logged-out");
        browser.open("/sager");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
