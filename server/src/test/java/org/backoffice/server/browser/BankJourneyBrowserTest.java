package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.server.bank.BankData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bank's main journey in the browser: an operator takes a client on, opens an account and pays out above the
 * threshold; a controller approves it in the inbox; the statement shows the payment and the client's PDF downloads.
 */
class BankJourneyBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Banking banking;

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void assertNoSidewaysScroll(String what) {
        Object fits = script("return document.documentElement.scrollWidth <= window.innerWidth");
        Object wide = script("return Array.from(document.querySelectorAll('body *')).filter(e =>"
                + " e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map(e => e.tagName + '.'"
                + " + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right)).join(' ')");
        assertThat(fits).as(what + ": " + wide).isEqualTo(true);
    }

    @Test
    void anOperatorsPaymentAboveTheThresholdIsApprovedAndLandsOnTheClientsStatement() {
        String family = "Okafor" + Long.toString(System.nanoTime(), 36);

        // The operator takes the client on and opens a dollar account.
        signIn("operator.ho", "demo");
        browser.findElement(By.linkText("Clients")).click();
        waitUpTo(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("new-person")))
                .click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("client-form")));
        type("givenNames", "Chidi");
        type("familyName", family);
        script("document.getElementById('birthDate').value = '1988-04-21'");
        type("idDocument", "A09876543");
        type("address", "14 Harbour Row, Bristol");
        browser.findElement(By.id("take-on")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("client-name")));
        assertThat(browser.findElement(By.id("client-name")).getText()).isEqualTo("Chidi " + family);
        screenshot("bank-client-1280");

        browser.findElement(By.id("open-account")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("account-form")));
        new Select(browser.findElement(By.id("currency"))).selectByValue("USD");
        browser.findElement(By.id("open")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("iban")));
        String printed = browser.findElement(By.id("iban")).getText();
        assertThat(printed).matches("GB\\d{2} DEMO 4000 00\\d{2} \\d{4} \\d{2}");
        String iban = printed.replace(" ", "");
        CustomerAccount account = banking.accounts().get(users.actor("admin"), iban);

        // Cash paid in at the counter: the account holds 20,000.00.
        new BankData(banking).fund(users.actor("operator.ho"), users.actor("controller.ho"), account, "20000.00");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("balance-posted")).getText()).isEqualTo("20,000.00 USD");

        // The operator pays 12,500.00 to another bank: above the threshold, it waits.
        browser.findElement(By.linkText("Pay out")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("payment-form")));
        assertThat(browser.findElement(By.id("debtorIban")).getAttribute("value"))
                .isEqualTo(iban);
        assertThat(browser.findElement(By.id("value-date-note")).getText())
                .contains(banking.payments().valueDates().earliest().toString());
        type("creditorName", "Harbour Supplies GmbH");
        type("creditorIban", "DE89 3704 0044 0532 0130 00");
        type("creditorBic", "COBADEFFXXX");
        type("amount", "12500.00");
        type("endToEndId", "HS-" + family);
        screenshot("bank-payment-form-1280");
        browser.findElement(By.id("send-payment")).click();

        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("document-number")));
        Matcher id = Pattern.compile("^/documents/(\\d+)$").matcher(path());
        assertThat(id.matches()).as(path()).isTrue();
        String documentId = id.group(1);
        String number = browser.findElement(By.id("document-number")).getText();
        assertThat(number).matches("OP-HO-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("status-text")).getText()).isEqualTo("SUBMITTED");
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .isEqualTo("Submitted as " + number + " with value date "
                        + banking.payments().valueDates().earliest() + ": it waits for approval.");
        signOut();

        // The controller approves it in the inbox.
        signIn("controller.ho", "demo");
        browser.findElement(By.linkText("Approvals")).click();
        WebElement row = inInbox(documentId);
        assertThat(row.getText()).contains(number, "12,500.00 USD", "operator.ho");
        row.findElement(By.id("comment-" + documentId)).sendKeys("Invoice HS checked");
        row.findElement(By.cssSelector("button.approve")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.success")));
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .isEqualTo("Approved: " + number + " is posted.");

        // The client's statement shows the payment with the running balance, and the PDF downloads.
        open("/bank/accounts/" + iban);
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("statement")));
        List<WebElement> lines = browser.findElements(By.cssSelector("tr.statement-line"));
        WebElement last = lines.getLast();
        assertThat(last.getText()).contains(number);
        List<WebElement> cells = last.findElements(By.tagName("td"));
        assertThat(cells.get(3).getText()).as("debit").isEqualTo("12,500.00");
        assertThat(cells.get(5).getText()).as("balance after").isEqualTo("7,500.00");
        assertThat(browser.findElement(By.id("balance-posted")).getText()).isEqualTo("7,500.00 USD");
        screenshot("bank-account-1280");

        String pdf = (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('statement-pdf');"
                + "var query = new URLSearchParams(new FormData(form)).toString();"
                + "fetch(form.action + '?' + query, {credentials: 'same-origin'})"
                + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                + "  var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)));"
                + "  done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + "    + r.headers.get('content-disposition') + ' ' + head + ' ' + b.byteLength); }); })"
                + ".catch(function (e) { done('failed ' + e); });");
        assertThat(pdf).startsWith("200 application/pdf attachment;").contains("%PDF-");
    }

    @Test
    void theBankPagesFitAPhone() {
        CustomerAccount account = new BankData(banking).account(users.actor("operator.ho"), "HO", "USD");
        signIn("operator.ho", "demo");
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : List.of(
                    "/bank/clients",
                    "/bank/clients/new",
                    "/bank/accounts/" + account.iban(),
                    "/bank/payments",
                    "/bank/payments/transfer",
                    "/bank/payments/conversion",
                    "/bank/rates")) {
                open(page);
                assertThat(browser.findElement(By.cssSelector("main h1")).isDisplayed())
                        .isTrue();
                assertNoSidewaysScroll(page + " at 390");
                screenshot("bank-" + page.substring(6).replace('/', '-') + "-390");
            }
            browser.findElement(By.cssSelector(".menu-toggle")).click();
            assertThat(browser.findElement(By.id("nav-bank")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.linkText("Payments")).isDisplayed())
                    .isTrue();
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void theConversionFormShowsTheRateAndTheBoughtAmountBeforeItIsSent() {
        BankData data = new BankData(banking);
        var client = data.person(users.actor("operator.ho"), "HO", "Convert");
        CustomerAccount dollars = data.account(users.actor("operator.ho"), client, "USD");
        CustomerAccount euros = data.account(users.actor("operator.ho"), client, "EUR");
        banking.rates()
                .set(
                        users.actor("treasurer.ho"),
                        banking.payments().valueDates().earliest(),
                        "USD",
                        "EUR",
                        new java.math.BigDecimal("0.9"));
        signIn("operator.ho", "demo");
        open("/bank/payments/conversion?from=" + dollars.iban());
        type("creditIban", euros.iban().value());
        type("sellAmount", "250.00");
        browser.findElement(By.id("reference")).click();

        WebElement bought = waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("quote-bought")));
        assertThat(bought.getText()).isEqualTo("Buys 225.00 EUR");
        assertThat(browser.findElement(By.id("quote-rate")).getText()).contains("USD/EUR", "0.9");
        assertThat(path()).isEqualTo("/bank/payments/conversion");
    }
}
