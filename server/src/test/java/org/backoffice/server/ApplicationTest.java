package org.backoffice.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.backoffice.server.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class ApplicationTest extends ServerTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    BackofficeProperties properties;

    @Test
    void springOpensNoDatabase() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.flywaydb.core.Flyway.class)).isEmpty();
    }

    @Test
    void theSettingsHaveTheirDefaults() {
        assertThat(properties.dbUrl()).startsWith("jdbc:sqlite:").endsWith("/backoffice.db");
        assertThat(properties.demo()).isTrue();
        assertThat(properties.login().maxAttemptsPerMinute()).isEqualTo(10);
    }

    @Test
    void usersComeFromThePlatformAndTheEmptyDirectoryKnowsNobody() {
        assertThat(context.getBean(UserDirectory.class))
                .isInstanceOf(org.backoffice.server.security.PlatformUserDirectory.class);
        assertThat(UserDirectory.NOBODY.find("admin")).isEmpty();
        assertThat(UserDirectory.NOBODY.byToken("anything")).isEmpty();
    }

    @Test
    void theOpenApiDescriptionAndItsPageArePublic() {
        HttpResponse<String> docs = http().get("/api/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");

        HttpResponse<String> ui = http().get("/api/docs/ui");
        assertThat(ui.statusCode()).isIn(200, 302);
    }

    @Test
    void assetsComeFromTheServerItself() {
        assertThat(http().get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(http().get("/webjars/echarts/dist/echarts.min.js").statusCode())
                .isEqualTo(200);
        assertThat(http().get("/css/app.css").statusCode()).isEqualTo(200);
        assertThat(http().get("/js/app.js").statusCode()).isEqualTo(200);
    }
}
