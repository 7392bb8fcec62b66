package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The main journey of the web UI: a maker's voucher above the threshold, approved by a controller, in the ledger. */
class VoucherJourneyBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private void fillLine(int index, String account, String amount) {
        browser.findElement(By.id("line-" + index + "-account")).sendKeys(account);
        browser.findElement(By.id("line-" + index + "-amount")).sendKeys(amount);
    }

    @Test
    void anOperatorsVoucherIsApprovedByAControllerAndLandsOnTheStatement() {
        String narrative = "Server room air conditioning " + Long.toString(System.nanoTime(), 36);

        // The operator enters and submits the voucher.
        signIn("operator.ho", "demo");
        browser.findElement(By.linkText("New voucher")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("voucher-form")));
        browser.findElement(By.id("narrative")).sendKeys(narrative);
        fillLine(0, "HO-5030-USD", "15000.00");
        fillLine(1, "HO-2910-USD", "15000.00");
        assertThat(browser.findElement(By.id("voucher-totals")).getText())
                .isEqualTo("Debits 15000.00 · Credits 15000.00 · balanced");
        screenshot("voucher-form-1280");
        browser.findElement(By.id("submit-voucher")).click();

        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("document-number")));
        Matcher id = Pattern.compile("^/documents/(\\d+)$").matcher(path());
        assertThat(id.matches()).as(path()).isTrue();
        String documentId = id.group(1);
        String number = browser.findElement(By.id("document-number")).getText();
        assertThat(number).matches("JV-HO-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("status-text")).getText()).isEqualTo("SUBMITTED");
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .isEqualTo("Submitted as " + number + ": it waits for approval.");
        screenshot("document-submitted");
        signOut();

        // The controller approves it from the inbox.
        signIn("controller.ho", "demo");
        browser.findElement(By.linkText("Approvals")).click();
        WebElement row = inInbox(documentId);
        assertThat(row.getText()).contains(number, narrative, "15,000.00 USD", "operator.ho");
        row.findElement(By.id("comment-" + documentId)).sendKeys("Quote and invoice checked");
        screenshot("approvals-1280");
        row.findElement(By.cssSelector("button.approve")).click();

        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .isEqualTo("Approved: " + number + " is posted.");
        assertThat(browser.findElements(By.cssSelector("tr[data-id='" + documentId + "']")))
                .isEmpty();

        open("/documents/" + documentId);
        assertThat(browser.findElement(By.id("status-text")).getText()).isEqualTo("POSTED");
        assertThat(browser.findElement(By.id("document-comment")).getText()).isEqualTo("Quote and invoice checked");

        // The statement of the debited account has the line, and the running balance after it is the balance now.
        browser.findElement(By.linkText("HO-5030-USD")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("statement")));
        List<WebElement> more;
        while (!(more = browser.findElements(By.cssSelector("#statement-more a"))).isEmpty()) {
            WebElement next = more.getFirst();
            next.click();
            waitUpTo(WAIT).until(ExpectedConditions.stalenessOf(next));
        }
        List<WebElement> lines = browser.findElements(By.cssSelector("tr.statement-line"));
        WebElement last = lines.getLast();
        assertThat(last.getText()).contains(number, "15,000.00");
        List<WebElement> cells = last.findElements(By.tagName("td"));
        assertThat(cells.get(3).getText()).as("debit").isEqualTo("15,000.00");
        String balanceNow = browser.findElement(By.id("balance-posted")).getText();
        assertThat(cells.get(5).getText() + " USD").isEqualTo(balanceNow);
        screenshot("statement-1280");
    }

    @Test
    void anUnbalancedVoucherShowsTheErrorAtItsLines() {
        signIn("operator.ho", "demo");
        open("/documents/new");
        browser.findElement(By.id("narrative")).sendKeys("Unbalanced on purpose");
        fillLine(0, "HO-5030-USD", "100.00");
        fillLine(1, "HO-2910-USD", "90.00");
        assertThat(browser.findElement(By.id("voucher-totals")).getText()).endsWith("difference 10.00");

        browser.findElement(By.id("submit-voucher")).click();

        WebElement error = waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("lines-error")));
        assertThat(error.getText()).isEqualTo("debits must equal credits");
        assertThat(path()).isEqualTo("/documents/new");
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("The voucher was not saved.");
        assertThat(browser.findElement(By.id("line-1-amount")).getAttribute("value"))
                .isEqualTo("90.00");
        assertThat(browser.findElement(By.id("narrative")).getAttribute("value"))
                .isEqualTo("Unbalanced on purpose");
        screenshot("voucher-form-error");
    }

    @Test
    void linesAreAddedAndRemovedInThePage() {
        signIn("operator.ho", "demo");
        open("/documents/new");
        fillLine(0, "HO-5030-USD", "10.00");
        fillLine(1, "HO-2910-USD", "4.00");

        browser.findElement(By.cssSelector("button.add-line")).click();
        fillLine(2, "HO-1010-USD", "6.00");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("line-2-side"))).selectByValue("CREDIT");
        assertThat(browser.findElements(By.cssSelector("fieldset.line"))).hasSize(3);
        assertThat(browser.findElement(By.id("voucher-totals")).getText()).endsWith("balanced");
        assertThat(path()).as("no round trip").isEqualTo("/documents/new");

        browser.findElement(By.cssSelector("button[value='remove-line-0']")).click();

        assertThat(browser.findElements(By.cssSelector("fieldset.line"))).hasSize(2);
        assertThat(browser.findElement(By.id("line-0-account")).getAttribute("value"))
                .isEqualTo("HO-2910-USD");
        assertThat(browser.findElement(By.id("line-1-account")).getAttribute("name"))
                .isEqualTo("lines[1].account");
        assertThat(browser.findElement(By.cssSelector("fieldset.line legend")).getText())
                .isEqualTo("Line 1");
    }
}
