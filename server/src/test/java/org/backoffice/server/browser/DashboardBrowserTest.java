package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard and the main pages fit a phone's width without the page scrolling sideways (tables scroll inside
 * their container), and at a desktop width. With {@code BACKOFFICE_DOCS_SCREENSHOTS=1} the desktop dashboard is
 * also written to docs/screenshots/dashboard.png for the README.
 */
class DashboardBrowserTest extends BrowserTest {
    private static final Path DOCS = Path.of(System.getProperty("basedir", "."))
            .resolve("../docs/screenshots/dashboard.png")
            .normalize();

    private void showDashboard() {
        open("/");
        waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.id("turnover-chart"), "data-ready", "true"));
    }

    private void assertNoSidewaysScroll(String page) {
        Object fits = script("return document.documentElement.scrollWidth <= window.innerWidth");
        Object widths = script("return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ' '"
                + " + Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                + " > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id"
                + " + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        assertThat(fits).as(page + ": " + widths).isEqualTo(true);
    }

    @Test
    void theDashboardDrawsTheChartAndFitsADesktop() throws IOException {
        signIn("controller.ho", "demo");
        showDashboard();

        assertThat(browser.findElements(By.cssSelector("#turnover-chart canvas")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("key-balances")).getText()).contains("HO", "USD", "Cash", "Suspense");
        assertThat(browser.findElement(By.id("inbox-heading")).getText()).startsWith("Waiting for my approval");
        assertNoSidewaysScroll("dashboard at 1280");
        Path picture = screenshot("dashboard-1280");
        if ("1".equals(System.getenv("BACKOFFICE_DOCS_SCREENSHOTS"))) {
            Files.createDirectories(DOCS.getParent());
            Files.copy(picture, DOCS, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void everyChartPageDrawsItsChart() {
        signIn("controller.ho", "demo");
        for (var chart : List.of(
                List.of("/", "turnover-chart"),
                List.of("/accounts/HO-1010-USD", "balance-chart"),
                List.of("/bank/payments", "volumes-chart"))) {
            open(chart.get(0));
            waitUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.attributeToBe(By.id(chart.get(1)), "data-ready", "true"));
            assertThat(browser.findElements(By.cssSelector("#" + chart.get(1) + " canvas")))
                    .as(chart.get(0))
                    .isNotEmpty();
        }
    }

    @Test
    void onAPhoneNoPageScrollsSideways() {
        signIn("controller.ho", "demo");
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            showDashboard();
            assertThat(((Number) script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
            assertNoSidewaysScroll("dashboard at 390");
            screenshot("dashboard-390");
            for (String page : List.of(
                    "/documents",
                    "/approvals",
                    "/accounts",
                    "/accounts/HO-1010-USD",
                    "/reports/trial-balance",
                    "/audit")) {
                open(page);
                assertNoSidewaysScroll(page + " at 390");
                screenshot(page.substring(1).replace('/', '-') + "-390");
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void theVoucherFormFitsAPhone() {
        signIn("operator.b1", "demo");
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open("/documents/new");
            assertNoSidewaysScroll("voucher form at 390");
            screenshot("voucher-form-390");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }
}
