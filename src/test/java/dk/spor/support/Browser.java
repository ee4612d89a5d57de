package dk.spor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never a downloaded browser) pointed at
 * the running application, with the checks every page must pass: axe-core for WCAG 2.0/2.1 A and AA, and no
 * errors in the browser console. Screenshots go to {@code target/screenshots/<test>/}.
 */
public final class Browser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Browser.class);

    private static final Path CHROMIUM = Path.of(System.getProperty("spor.browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("spor.browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE_SCRIPT = Path.of("frontend/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 667);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (r) {
                done({passes: r.passes.length,
                      incomplete: r.incomplete.map(function (i) { return i.id + ' at ' + i.nodes[0].target.join(' '); }),
                      violations: r.violations.map(function (v) {
                        return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                                targets: v.nodes.map(function (n) { return n.target.join(' '); })};
                      })});
              })
              .catch(function (e) { done({error: String(e)}); });""";

    private final ChromeDriver driver;
    private final Path tempDir;
    private final String baseUrl;
    private final WebDriverWait wait;
    private String axeSource;
    private String testName = "browser";
    private int screenshotNumber;

    private Browser(ChromeDriver driver, Path tempDir, String baseUrl) {
        this.driver = driver;
        this.tempDir = tempDir;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Fails, never skips, when Chromium is not installed: CI must not pass without its browser tests. */
    static void requireInstalled() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
    }

    /** Starts Chromium with a fresh profile. */
    static Browser start(String baseUrl) {
        Path tempDir;
        try {
            tempDir = Files.createTempDirectory("spor-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // Chromium writes crash reports and dconf under ~/.config and ~/.cache even with its own profile.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("XDG_CONFIG_HOME", tempDir.resolve("config").toString(),
                            "XDG_CACHE_HOME", tempDir.resolve("cache").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=da-DK",
                    "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
                    "--user-data-dir=" + tempDir.resolve("profile"));
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            // A hung browser fails the test within a minute instead of Selenium's default three.
            ChromeDriver driver = new ChromeDriver(service, options,
                    ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(60)));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, tempDir, baseUrl);
        } catch (RuntimeException e) {
            deleteQuietly(tempDir);
            throw e;
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need " + path + ", which is not installed. On Debian: "
                    + "apt-get install chromium chromium-driver (.ci/run does this). Package missing: "
                    + debianPackage + ". Elsewhere set -Dspor.browser.chromium and -Dspor.browser.chromedriver.");
        }
    }

    /** Signed out, desktop viewport, blank page, no screenshots from an earlier run: how every test starts. */
    void reset(String testName) {
        this.testName = testName;
        this.screenshotNumber = 0;
        try {
            FileSystemUtils.deleteRecursively(SCREENSHOTS.resolve(testName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        useDesktopViewport();
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application, e.g. {@code open("/sager")}, and waits until it has loaded. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitForPageLoad();
    }

    /** The current page's path and query, e.g. {@code /sager?q=Emma}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Logs in through the login form, as a person would; the result may be the start page or the error. */
    public void logIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWaitForNewPage(button("Log ind"));
    }

    public void logOut() {
        clickAndWaitForNewPage(button("Log af"));
    }

    public static By button(String text) {
        return By.xpath("//button[normalize-space()='" + text + "']");
    }

    public static By link(String text) {
        return By.xpath("//a[normalize-space()='" + text + "']");
    }

    public WebElement find(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return find(locator).getText();
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks something that loads a new document (a link, a form's submit button) and waits for that page. */
    public void clickAndWaitForNewPage(By locator) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        find(locator).click();
        wait.until(driver -> isGone(oldPage));
        waitForPageLoad();
    }

    /**
     * Whether the old document has been replaced. Chromium may answer a stale element with "Node … does not belong to
     * the document" instead of a stale-element error while the new page is being swapped in; both mean it is gone.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Reloads the page until the element shows the text, for what an event listener writes after the request's
     * commit (deadlines, phase changes); fails after the usual wait.
     */
    public void reloadUntilText(By locator, String text) {
        try {
            wait.until(d -> {
                if (!d.findElements(locator).isEmpty() && d.findElement(locator).getText().contains(text)) {
                    return true;
                }
                d.navigate().refresh();
                waitForPageLoad();
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(path() + " did not show \"" + text + "\" within " + WAIT.toSeconds() + " s", e);
        }
    }

    /**
     * Sets a field's value as the browser would after typing: date inputs, whose typed format follows the browser's
     * locale, and long texts, which typing key by key would make slow.
     */
    public void setValue(By field, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", find(field), value);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return wait.until(condition);
    }

    /** Waits until htmx has no request in flight and has settled its last swap. */
    public void waitForHtmxToSettle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
    }

    /** Waits until finite CSS animations have ended, e.g. DKFDS's menu drawer sliding in. */
    public void waitForAnimations() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.getAnimations().every(function (a) {"
                + " return a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity; })")));
    }

    private void waitForPageLoad() {
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** A phone-sized viewport (375 × 667 CSS pixels, mobile rendering), until the test ends. */
    public void usePhoneViewport() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE.getWidth(),
                "height", PHONE.getHeight(), "deviceScaleFactor", 1, "mobile", true));
    }

    public void useDesktopViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The page must not scroll sideways (WCAG 1.4.10 reflow); tables may scroll inside their own container. */
    public void assertNoHorizontalScrolling() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).longValue() > 0) {
            throw new AssertionError(path() + " is " + overflow + " px wider than the viewport");
        }
    }

    /** The checks every page must pass, plus a screenshot to look at: axe-core and a clean browser console. */
    public void checkPage(String label) {
        waitForAnimations();
        screenshot(label);
        assertNoAxeViolations();
        assertNoConsoleErrors();
    }

    /** Runs axe-core with the WCAG 2.0 and 2.1 A/AA rules on the current page and fails listing every violation. */
    public void assertNoAxeViolations() {
        waitForPageLoad();
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(axeSource());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(RUN_AXE, WCAG_TAGS);
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core failed on " + path() + ": " + result.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        log.info("axe on {}: {} violations, {} rules passed, needs review: {}", path(), violations.size(),
                result.get("passes"), result.get("incomplete"));
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder("axe-core found " + violations.size()
                    + " WCAG 2.1 A/AA violation(s) on " + path() + ":");
            for (Map<String, Object> v : violations) {
                message.append("\n- ").append(v.get("id")).append(" [").append(v.get("impact")).append("] ")
                        .append(v.get("help")).append("\n    at: ").append(v.get("targets"))
                        .append("\n    see: ").append(v.get("helpUrl"));
            }
            throw new AssertionError(message);
        }
    }

    /**
     * Fails on errors the page logged since the last check, e.g. a script blocked by the content security policy or
     * a missing stylesheet. An error page's own status (403, 404) is what the test expects, so it does not count.
     */
    public void assertNoConsoleErrors() {
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource";
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.startsWith(ownStatus)).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The browser logged errors on " + path() + ":\n- " + String.join("\n- ", errors));
        }
    }

    /**
     * Saves a screenshot as target/screenshots/test/NN-label.png: the whole page, or only the viewport while a
     * modal dialog is open (capturing beyond the viewport resizes it, and DKFDS closes its menu drawer on resize).
     */
    public Path screenshot(String label) {
        byte[] png;
        if (Boolean.TRUE.equals(driver.executeScript("return Array.from(document.querySelectorAll("
                + "'[aria-modal=true]')).some(function (e) { return e.getClientRects().length > 0; })"))) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        } else {
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) driver.executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        }
        Path file = SCREENSHOTS.resolve(testName).resolve(String.format("%02d-%s.png", ++screenshotNumber, label));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private String axeSource() {
        if (axeSource == null) {
            if (!Files.isRegularFile(AXE_SCRIPT)) {
                throw new IllegalStateException(AXE_SCRIPT.toAbsolutePath() + " is missing; the Maven build installs "
                        + "it with npm ci (run mvn verify once without -DskipNpm).");
            }
            try {
                axeSource = Files.readString(AXE_SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(tempDir);
        }
    }

    private static void deleteQuietly(Path tempDir) {
        try {
            FileSystemUtils.deleteRecursively(tempDir);
        } catch (IOException e) {
            log.warn("Could not delete Chromium's temporary profile {}", tempDir, e);
        }
    }
}
