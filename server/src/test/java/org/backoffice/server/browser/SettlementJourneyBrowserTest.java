package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.backoffice.securities.Securities;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.trade.Trade;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.securities.SettlementData;
import org.backoffice.server.securities.SettlementMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settlement in the browser: a trade captured, instructed from its page, the depository's MT545 uploaded on the
 * settlement page, and the instruction shows SETTLED.
 */
class SettlementJourneyBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Securities securities;

    @TempDir
    Path dir;

    @BeforeEach
    void referenceData() {
        SettlementData.ensure(securities);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aTradeIsCapturedInstructedAndSettledByTheDepositorysMt545() throws Exception {
        String ref = "WEBS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        signIn("operator.ho", "demo");

        browser.findElement(By.linkText("Trade blotter")).click();
        waitUpTo(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("capture-trade")))
                .click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("securities-form")));
        type("tradeRef", ref);
        new Select(browser.findElement(By.id("side"))).selectByValue("BUY");
        type("isin", SecuritiesData.SHARE);
        type("quantity", "8");
        type("price", "2.50");
        type("currency", "GBP");
        type("depoAccount", SettlementData.DEPO);
        type("counterparty", SecuritiesData.ALPHA);
        new Select(browser.findElement(By.id("delivery"))).selectByValue("DVP");
        browser.findElement(By.id("submit")).click();

        waitUpTo(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("instruct")))
                .click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("instruction-link")));
        Trade trade = securities.trades().findByRef(ref).orElseThrow();
        Instruction in = securities.settlement().findByTrade(trade.id()).orElseThrow();
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .contains("Instruction " + in.reference() + " sent.");
        screenshot("settlement-instructed");

        Path mt545 = Files.writeString(
                dir.resolve("mt545.fin"),
                SettlementMessages.mt54x(securities, in, SettlementMessages.reference("W"), "20.00"));
        browser.findElement(By.linkText("Settlement")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-messages")));
        browser.findElement(By.id("file")).sendKeys(mt545.toAbsolutePath().toString());
        browser.findElement(By.id("import-messages")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("message-outcomes")));
        assertThat(browser.findElement(By.id("message-outcomes")).getText())
                .contains("MT545", in.reference(), "applied");
        screenshot("settlement-messages");

        browser.findElement(By.linkText(in.reference())).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("events")));
        assertThat(browser.findElement(By.cssSelector(".title-row .status")).getText())
                .isEqualTo("SETTLED");
        assertThat(browser.findElement(By.id("events")).getText()).contains("SETTLED");
        assertThat(securities.settlement().find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        screenshot("settlement-settled");
    }
}
