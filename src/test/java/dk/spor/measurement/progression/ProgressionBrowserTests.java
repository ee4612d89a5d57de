package dk.spor.measurement.progression;

import static org.assertj.core.api.Assertions.assertThat;

import dk.spor.measurement.ProgressionAlerts;
import dk.spor.organisation.Role;
import dk.spor.support.Browser;
import dk.spor.support.BrowserTest;
import dk.spor.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The progression page in a real browser: Chart.js draws every measurement, and the page passes axe-core. */
@BrowserTest
class ProgressionBrowserTests {

    private static final String POINTS_DRAWN = """
            var chart = Chart.getChart(document.getElementById('progression-chart'));
            return chart ? chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0) : -1;""";

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired ProgressionAlerts alerts;

    @Test
    void theChartDrawsOnePointPerMeasurementAndThePagePassesAxe(Browser browser) {
        long team = data.team("Progression");
        String caseworker = data.user(Role.CASEWORKER, team);
        long child = data.child("Sofie", data.uniqueLastName());
        long caseId = data.openCase(child, team, data.userId(caseworker));
        Measurements measurements = new Measurements(jdbc);
        double[] childScores = {3, 4, 4, 6, 7, 5};
        for (int month = 0; month < childScores.length; month++) {
            int daysAgo = 30 * (childScores.length - month);
            measurements.single(caseId, child, "TRIVSELSLINEAL", null, "CHILD", "Sofie", daysAgo, childScores[month],
                    "Sådan har jeg det.");
            measurements.single(caseId, child, "TRIVSELSLINEAL", null, "CASEWORKER", "Rådgiveren", daysAgo, 5, null);
        }
        measurements.fourItems(caseId, child, "ORS", "PARENT", "Mor", 20, 6);
        alerts.evaluate(caseId);

        browser.logIn(caseworker, TestData.PASSWORD);
        browser.open("/boern/" + child + "/progression");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Progression for " + browser.text(By.cssSelector(
                ".breadcrumbs__list-item:nth-child(2) a")));
        assertThat(pointsDrawn(browser)).isEqualTo(12);
        assertThat(browser.text(By.id("advarsler")).isBlank()).isFalse();
        browser.checkPage("progression");

        browser.open("/boern/" + child + "/progression?instrument=ORS");
        assertThat(pointsDrawn(browser)).isEqualTo(1);
        browser.checkPage("progression-ors");
    }

    /** Waits until Chart.js has drawn the chart, then counts the points in its datasets. */
    private static long pointsDrawn(Browser browser) {
        Number points = browser.waitUntil(d -> {
            Number n = (Number) browser.driver().executeScript(POINTS_DRAWN);
            return n.longValue() >= 0 ? n : null;
        });
        return points.longValue();
    }
}
