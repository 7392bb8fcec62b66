package org.backoffice.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backoffice.server.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tests that drive Debian's Chromium, headless, against the server on a random port. The browser and its driver
 * are taken from /usr/bin and nothing is downloaded. Without them the tests are skipped, unless
 * {@code BACKOFFICE_REQUIRE_BROWSER=1} (as in CI), which makes that a failure.
 */
public abstract class BrowserTest extends ServerTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    private static ChromeDriverService service;
    private static Path profile;
    protected static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("BACKOFFICE_REQUIRE_BROWSER"))) {
                fail(missing + ", and BACKOFFICE_REQUIRE_BROWSER=1");
            }
            Assumptions.abort(missing);
        }
        profile = Files.createTempDirectory("backoffice-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        // Console messages, so that a test can see what the content security policy refused.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
            profile = null;
        }
    }

    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
    }

    /** Opens a page of the server under test. */
    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in with the form and waits for the page that follows. */
    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form.stacked button[type=submit]"))
                .click();
        waitUpTo(Duration.ofSeconds(10))
                .until(driver ->
                        !path().equals("/login") || driver.getCurrentUrl().contains("?"));
    }

    /** Signs out with the top bar's button and waits for the sign-in page. */
    protected void signOut() {
        browser.findElement(org.openqa.selenium.By.cssSelector("form.logout button"))
                .click();
        waitUpTo(Duration.ofSeconds(10)).until(driver -> path().equals("/login"));
    }

    protected Object script(String javascript, Object... arguments) {
        return browser.executeScript(javascript, arguments);
    }

    protected String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    /**
     * A document's row of the approvals inbox, which lists the oldest first: pages on past what other tests left
     * waiting before it.
     */
    protected WebElement inInbox(String documentId) {
        By row = By.cssSelector("tr[data-id='" + documentId + "']");
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/approvals"));
        while (browser.findElements(row).isEmpty()) {
            List<WebElement> next = browser.findElements(By.cssSelector("a[rel=next]"));
            if (next.isEmpty()) {
                break;
            }
            browser.get(next.getFirst().getDomProperty("href"));
        }
        return waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(row));
    }

    protected WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(browser, duration);
    }

    protected WebDriver driver() {
        return browser;
    }

    /** Saves what the browser shows as target/screenshots/NAME.png and returns the file. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
