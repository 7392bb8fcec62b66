package org.backoffice.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class ApiDocsBrowserTest extends BrowserTest {
    @Test
    void theApiPageRendersUnderTheContentSecurityPolicy() {
        open("/api/docs/ui");

        waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .contains("Backoffice");
        screenshot("api-docs");
    }
}
