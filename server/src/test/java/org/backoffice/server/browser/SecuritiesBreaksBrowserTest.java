package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.server.securities.DeskData;
import org.backoffice.server.securities.SecuritiesData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconciliation in the browser: a depository's MT535 that differs from the books is uploaded, its break shows on the
 * list with its age, a resolution without text is refused at its input, and a resolution closes the break.
 */
class SecuritiesBreaksBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String FIRM = "SW2BWEB";

    @Autowired
    Securities securities;

    @TempDir
    Path dir;

    @BeforeEach
    void referenceData() {
        DeskData.ensure(securities);
        DeskData.firmAccount(securities, FIRM);
    }

    @Test
    void anMt535WithADifferenceShowsItsBreakWithItsAgeAndTheBreakIsResolved() throws Exception {
        LocalDate today = SecuritiesData.today(securities);
        String ref = DeskData.statementRef("WEB");
        Path file = Files.write(dir.resolve("mt535.txt"), DeskData.mt535(ref, FIRM, today, 4242));
        signIn("controller.ho", "demo");

        browser.findElement(By.linkText("Breaks")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload")));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("reconcile")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .contains("Reconciled " + ref);

        Break opened = securities.reconciliation().breaks(Actor.system("test"), BreakQuery.open()).stream()
                .filter(b -> b.statementRef().equals(ref) && b.subject().equals(DeskData.SHARE))
                .findFirst()
                .orElseThrow();
        WebElement row = browser.findElement(By.id("break-" + opened.id()));
        assertThat(row.getText()).contains(DeskData.SHARE, "4242", ref);
        assertThat(row.findElement(By.cssSelector("td.age")).getText()).isEqualTo(Long.toString(opened.age()));
        screenshot("securities-break-opened");

        row.findElement(By.linkText(Long.toString(opened.id()))).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("resolve")));
        assertThat(browser.findElement(By.id("age")).getText()).isEqualTo("0");
        browser.findElement(By.id("resolve-break")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("resolution-error")));
        assertThat(browser.findElement(By.id("resolution-error")).getText()).isEqualTo("must be given");
        assertThat(status(opened.id())).isEqualTo(BreakStatus.OPEN);

        browser.findElement(By.id("resolution")).sendKeys("Depository counted a pending receipt; confirmed by phone");
        browser.findElement(By.id("resolve-break")).click();
        waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("status"), "RESOLVED"));
        assertThat(browser.findElement(By.id("resolution-now")).getText()).contains("pending receipt");
        assertThat(status(opened.id())).isEqualTo(BreakStatus.RESOLVED);
        screenshot("securities-break-resolved");
    }

    private BreakStatus status(long id) {
        return securities.reconciliation().breaks(Actor.system("test"), BreakQuery.all()).stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
