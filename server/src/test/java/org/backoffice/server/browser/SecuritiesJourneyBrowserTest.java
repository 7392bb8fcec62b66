package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.backoffice.securities.Securities;
import org.backoffice.server.securities.SecuritiesData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The securities desk in the browser: a trade with a quantity that is no whole number comes back with the message at
 * the quantity; a good one lands on the blotter; one with an unknown counterparty waits in the repair queue with its
 * reason.
 */
class SecuritiesJourneyBrowserTest extends BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Securities securities;

    @BeforeEach
    void referenceData() {
        SecuritiesData.ensure(securities);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void fill(String ref, String quantity, String counterparty) {
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("securities-form")));
        type("tradeRef", ref);
        new Select(browser.findElement(By.id("side"))).selectByValue("BUY");
        type("isin", SecuritiesData.SHARE);
        type("quantity", quantity);
        type("price", "12.50");
        type("currency", "GBP");
        type("depoAccount", SecuritiesData.DEPO);
        type("counterparty", counterparty);
        new Select(browser.findElement(By.id("delivery"))).selectByValue("FOP");
        browser.findElement(By.id("submit")).click();
    }

    @Test
    void aTradeIsCapturedAfterItsBadQuantityIsCorrectedAndAnUnknownCounterpartyWaitsForRepair() {
        String good = "WEB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String unknown = "WEB-" + Long.toString(System.nanoTime() + 1, 36).toUpperCase();
        signIn("operator.ho", "demo");

        browser.findElement(By.linkText("Trade blotter")).click();
        waitUpTo(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("capture-trade")))
                .click();
        fill(good, "12.5", SecuritiesData.ALPHA);
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
        assertThat(browser.findElement(By.id("quantity-error")).getText()).isEqualTo("must be a whole number");
        assertThat(browser.findElement(By.id("quantity")).getAttribute("value")).isEqualTo("12.5");
        assertThat(securities.trades().findByRef(good)).isEmpty();
        screenshot("securities-capture-refused");

        type("quantity", "100");
        browser.findElement(By.id("submit")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("trade-details")));
        assertThat(browser.findElement(By.cssSelector(".message.success")).getText())
                .contains("Trade " + good + " captured");

        browser.findElement(By.linkText("Trade blotter")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("trades")));
        assertThat(browser.findElement(By.id("trades")).getText()).contains(good, SecuritiesData.SHARE);
        screenshot("securities-blotter");

        browser.findElement(By.id("capture-trade")).click();
        fill(unknown, "10", SecuritiesData.UNKNOWN);
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("repair-reasons")));
        assertThat(browser.findElement(By.id("repair-reasons")).getText())
                .contains("counterparty: no such counterparty");

        browser.findElement(By.linkText("Repair queue")).click();
        waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("repair")));
        WebElement row = browser.findElement(By.xpath("//table[@id='repair']//tr[td/a[text()='" + unknown + "']]"));
        assertThat(row.getText()).contains("counterparty: no such counterparty");
        screenshot("securities-repair");
    }
}
