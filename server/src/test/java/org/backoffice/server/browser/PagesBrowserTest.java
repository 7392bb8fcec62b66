package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages at a desktop width under the content security policy, and what htmx does on them. */
class PagesBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private List<String> browserErrors() {
        return browser.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Test
    void everyPageFitsADesktopWithoutAnythingRefused() {
        signIn("admin", "demo");
        browserErrors();
        for (String page : List.of(
                "/documents",
                "/accounts",
                "/accounts/HO-1010-USD",
                "/reports/trial-balance",
                "/audit",
                "/admin",
                "/admin/users/operator.ho",
                "/tokens")) {
            open(page);
            assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(page)
                    .isEqualTo(true);
            assertThat(browser.findElement(By.cssSelector("main h1")).isDisplayed())
                    .isTrue();
            screenshot((page.substring(1).replace('/', '-')) + "-1280");
        }
        assertThat(browserErrors())
                .as("console errors, such as refusals of the content security policy")
                .isEmpty();
    }

    @Test
    void sortingSwapsTheResultsInPlaceAndKeepsTheAddress() {
        signIn("admin", "demo");
        open("/documents?status=POSTED");
        script("window.stillTheSamePage = true");

        browser.findElement(By.linkText("Amount")).click();

        waitUpTo(WAIT).until(ExpectedConditions.urlContains("sort=amount"));
        waitUpTo(WAIT)
                .until(ExpectedConditions.attributeToBe(
                        By.xpath("//th[a[text()='Amount']]"), "aria-sort", "ascending"));
        assertThat(script("return window.stillTheSamePage === true"))
                .as("no full page load")
                .isEqualTo(true);
        List<Long> amounts = new ArrayList<>();
        for (WebElement cell : browser.findElements(By.cssSelector("#documents tbody td.num span:first-child"))) {
            amounts.add(Long.parseLong(cell.getText().replace(".", "")));
        }
        assertThat(amounts).isNotEmpty().isSorted();
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href"))
                .endsWith("/documents/export.csv?status=POSTED&sort=amount");

        WebElement next = browser.findElement(By.cssSelector("#results .pager a[rel=next]"));
        next.click();
        waitUpTo(WAIT).until(ExpectedConditions.urlContains("page=1"));
        assertThat(script("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#results .pager-info")).getText())
                .startsWith("Page 2 of");
    }

    @Test
    void theAuditorVerifiesTheChainInPlace() {
        signIn("auditor", "demo");
        open("/audit");
        script("window.stillTheSamePage = true");

        browser.findElement(By.id("verify-chain")).click();

        WebElement result = waitUpTo(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verification .message")));
        assertThat(result.getText()).matches("The chain is intact: \\d+ entries checked\\.");
        assertThat(script("return window.stillTheSamePage === true")).isEqualTo(true);
        screenshot("audit-verified-1280");
    }
}
