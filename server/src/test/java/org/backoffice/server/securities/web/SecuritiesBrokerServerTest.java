package org.backoffice.server.securities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.Securities;
import org.backoffice.server.BackofficeApplication;
import org.backoffice.server.cli.BackofficeCli;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.web.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A broker's installation, made by {@code init --profile broker}, serves the securities pages. */
@SpringBootTest(
        classes = BackofficeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"backoffice.login.max-attempts-per-minute-per-address=100000", "backoffice.demo=false"})
class SecuritiesBrokerServerTest {
    private static final Path DATABASE =
            Path.of(System.getProperty("java.io.tmpdir"), "broker-test-" + System.nanoTime(), "backoffice.db");

    @LocalServerPort
    int port;

    @Autowired
    Platform platform;

    @Autowired
    Securities securities;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = "jdbc:sqlite:" + DATABASE;
        DATABASE.getParent().toFile().mkdirs();
        int exit =
                BackofficeCli.execute("init", "--profile", "broker", "--organisation", "Demo Securities", "--db", url);
        assertThat(exit).isZero();
        registry.add("backoffice.db-url", () -> url);
    }

    @Test
    void theBrokersOperatorCapturesATradeOnTheSecuritiesPages() {
        assertThat(platform.profile().name()).isEqualTo("broker");
        if (platform.users().find("broker.op").isEmpty()) {
            platform.users()
                    .createDemoUser(
                            new NewUser("broker.op", "Broker operator", Set.of(Role.OPERATOR), Set.of("HO"), false),
                            "broker-secret-1");
        }
        SecuritiesData.ensure(securities);
        PageClient operator = new PageClient(port).signIn("broker.op", "broker-secret-1");

        for (String path : new String[] {
            "/securities/trades",
            "/securities/trades/new",
            "/securities/trades/repair",
            "/securities/instruments",
            "/securities/depo-accounts",
            "/securities/counterparties",
            "/securities/markets"
        }) {
            assertThat(operator.get(path).statusCode()).as(path).isEqualTo(200);
        }
        String ref = "BRK-" + System.nanoTime();
        var captured = operator.post(
                "/securities/trades/new",
                java.util.Map.of(
                        "tradeRef",
                        ref,
                        "side",
                        "BUY",
                        "isin",
                        SecuritiesData.SHARE,
                        "quantity",
                        "10",
                        "price",
                        "12.50",
                        "currency",
                        "GBP",
                        "tradeDate",
                        SecuritiesData.today(securities).toString(),
                        "depoAccount",
                        SecuritiesData.DEPO,
                        "counterparty",
                        SecuritiesData.ALPHA,
                        "delivery",
                        "FOP"));
        assertThat(captured.statusCode()).isEqualTo(302);
        assertThat(operator.get("/securities/trades").body()).contains(ref);
    }
}
