package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.backoffice.server.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginBrowserTest extends BrowserTest {
    @Test
    void aWrongPasswordShowsTheErrorAndStaysOnSignIn() {
        signIn(TestUsers.ALICE, "not-her-password");

        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.error")));
        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector(".message.error")).getText())
                .isEqualTo("Invalid username or password.");
        screenshot("login-failed");
    }

    @Test
    void signingInLandsOnTheDashboardWithTheUsersName() {
        signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);

        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signed-in")));
        assertThat(path()).isEqualTo("/");
        assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).isEqualTo("Signed in as alice");
        assertThat(browser.findElement(By.cssSelector(".topbar .branch")).getText())
                .isEqualTo("HO");
        assertThat(browser.findElements(By.cssSelector(".sidenav a")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Dashboard",
                        "Accounts",
                        "Documents",
                        "New voucher",
                        "Clients",
                        "Payments",
                        "Rates",
                        "Clearing",
                        "Reconciliation",
                        "Cash desk",
                        "Trade blotter",
                        "Repair queue",
                        "Depo accounts",
                        "Instruments",
                        "Counterparties",
                        "Markets",
                        "Settlement",
                        "Transfer orders",
                        "Confirmations",
                        "Positions",
                        "Fails",
                        "Corporate actions",
                        "Breaks",
                        "Trial balance",
                        "Turnover",
                        "Balance sheet",
                        "Income statement",
                        "End of day",
                        "Audit log",
                        "API tokens",
                        "Password");
        Object libraries =
                ((JavascriptExecutor) browser).executeScript("return [typeof htmx, typeof echarts].join(',')");
        assertThat(libraries).as("htmx and ECharts loaded from the server").isEqualTo("object,object");
        assertThat(browserErrors())
                .as("nothing refused by the content security policy")
                .isEmpty();
        Path picture = screenshot("dashboard-1280");
        assertThat(picture).satisfies(p -> assertThat(Files.size(p)).isPositive());
    }

    @Test
    void onAPhoneTheSideNavigationIsAMenu() {
        signIn(TestUsers.ALICE, TestUsers.ALICE_PASSWORD);
        waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signed-in")));
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            WebElement nav = browser.findElement(By.id("sidenav"));
            WebElement menu = browser.findElement(By.cssSelector(".menu-toggle"));
            assertThat(nav.isDisplayed()).isFalse();
            screenshot("dashboard-390");

            menu.click();

            waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(nav));
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            screenshot("dashboard-390-menu");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private List<String> browserErrors() {
        return browser.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
