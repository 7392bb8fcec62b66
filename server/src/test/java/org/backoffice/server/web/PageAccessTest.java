package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page renders for a user who may use it, is refused to one who may not, and needs a sign-in. */
class PageAccessTest extends WebTest {
    private static final Pattern NAV_LINK = Pattern.compile("<nav id=\"sidenav\".*?</nav>", Pattern.DOTALL);

    @ParameterizedTest
    @CsvSource({
        "admin, /",
        "admin, /accounts",
        "admin, /accounts/B2-2910-USD",
        "admin, /documents",
        "admin, /reports/trial-balance",
        "admin, /audit",
        "admin, /admin",
        "admin, /admin/users/operator.b1",
        "admin, /tokens",
        "auditor, /",
        "auditor, /audit",
        "operator.ho, /documents/new",
        "operator.b1, /",
        "operator.b1, /tokens",
        "controller.ho, /approvals",
        "accountant.ho, /approvals",
        "accountant.ho, /documents/new",
        "treasurer.ho, /reports/trial-balance?asset=EUR",
        "operator.ho, /bank/clients",
        "operator.ho, /bank/clients/new",
        "operator.ho, /bank/clients/new?kind=COMPANY",
        "operator.b1, /bank/clients",
        "auditor, /bank/clients",
        "admin, /bank/clients/new",
        "operator.ho, /bank/payments",
        "operator.ho, /bank/payments/transfer",
        "operator.ho, /bank/payments/outgoing",
        "operator.ho, /bank/payments/conversion",
        "accountant.ho, /bank/payments/transfer",
        "controller.ho, /bank/payments",
        "treasurer.ho, /bank/rates",
        "auditor, /bank/rates",
        "treasurer.ho, /reconciliation",
        "auditor, /reconciliation/breaks",
        "treasurer.ho, /clearing",
        "operator.ho, /clearing/incoming",
        "controller.ho, /clearing/exceptions",
        "operator.ho, /securities/trades",
        "operator.ho, /securities/trades/new",
        "operator.ho, /securities/trades/repair",
        "operator.ho, /securities/settlement",
        "auditor, /securities/settlement?status=SETTLED",
        "controller.ho, /securities/transfer-orders",
        "auditor, /securities/transfer-orders?pending=true",
        "operator.ho, /securities/confirmations",
        "operator.ho, /securities/positions",
        "auditor, /securities/positions",
        "operator.ho, /securities/fails",
        "controller.ho, /securities/penalty-rates/new",
        "operator.ho, /securities/prices/new",
        "auditor, /securities/corporate-actions",
        "operator.ho, /securities/corporate-actions/new",
        "controller.ho, /securities/breaks",
        "auditor, /securities/breaks",
        "controller.ho, /securities/trades",
        "auditor, /securities/trades",
        "operator.b1, /securities/depo-accounts",
        "operator.ho, /securities/depo-accounts/new",
        "controller.ho, /securities/instruments/new",
        "auditor, /securities/instruments",
        "admin, /securities/markets/new",
        "operator.ho, /securities/counterparties",
        "operator.ho, /securities/counterparties/new"
    })
    void aPermittedUserGetsThePage(String username, String path) {
        HttpResponse<String> page = as(username).get(path);

        assertThat(page.statusCode()).as(path + "\n" + page.body()).isEqualTo(200);
        // A Java exception's class name (IllegalStateException, java.lang.Exception), not a page's own words
        // such as the ExceptionResolution document type or the clearing exceptions queue.
        assertThat(page.body())
                .contains("<main id=\"content\"", "Sign out")
                .doesNotContainPattern("([a-z]|\\.)Exception\\b");
    }

    @ParameterizedTest
    @CsvSource({
        "operator.ho, /admin",
        "controller.ho, /admin/users/admin",
        "auditor, /admin",
        "operator.ho, /approvals",
        "auditor, /approvals",
        "auditor, /documents/new",
        "treasurer.ho, /documents/new",
        "controller.ho, /documents/new",
        "controller.ho, /bank/clients/new",
        "treasurer.ho, /bank/clients/new",
        "auditor, /bank/clients/new",
        "controller.ho, /bank/payments/transfer",
        "treasurer.ho, /bank/payments/outgoing",
        "auditor, /bank/payments/conversion",
        "admin, /bank/payments/transfer",
        "operator.b1, /clearing",
        "operator.b2, /clearing/exceptions",
        "controller.ho, /securities/trades/new",
        "auditor, /securities/trades/new",
        "operator.ho, /securities/penalty-rates/new",
        "auditor, /securities/prices/new",
        "controller.ho, /securities/corporate-actions/new",
        "accountant.ho, /securities/trades/new",
        "auditor, /securities/instruments/new",
        "treasurer.ho, /securities/depo-accounts/new",
        "auditor, /securities/markets/new"
    })
    void anotherUserGetsTheForbiddenPage(String username, String path) {
        HttpResponse<String> page = as(username).get(path);

        assertThat(page.statusCode()).as(path).isEqualTo(403);
        assertThat(page.body()).contains("Your roles do not allow this.");
    }

    @Test
    void postsOfAdministrationAreRefusedToOthersAndChangeNothing() {
        PageClient operator = as("operator.ho");
        operator.get("/");

        HttpResponse<String> refused =
                operator.post("/admin/branches", Map.of("code", "HACK", "name", "Not allowed", "legalEntity", "DEMO"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(platform.organisation().branch("HACK")).isEmpty();
        assertThat(operator.post("/audit/verify", Map.of()).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/accounts",
                "/documents",
                "/documents/new",
                "/approvals",
                "/reports/trial-balance",
                "/audit",
                "/admin",
                "/tokens",
                "/documents/export.csv",
                "/bank/clients",
                "/bank/clients/new",
                "/bank/payments",
                "/bank/payments/transfer",
                "/bank/rates",
                "/reconciliation",
                "/securities/trades",
                "/securities/trades/repair",
                "/securities/settlement",
                "/securities/transfer-orders",
                "/securities/confirmations",
                "/securities/positions",
                "/securities/breaks",
                "/securities/instruments"
            })
    void withoutSignInEveryPageSendsToSignIn(String path) {
        HttpResponse<String> page = anonymous().get(path);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        PageClient operator = as("operator.ho");

        HttpResponse<String> refused = operator.postWithout("/tokens", List.of(Map.entry("name", "no-csrf")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(platform.users().tokens(users.actor("operator.ho")))
                .noneMatch(t -> t.name().equals("no-csrf"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "operator.ho|Dashboard,Accounts,Documents,New voucher,Clients,Payments,Rates,Clearing,Reconciliation,Cash desk,Trade blotter,Repair queue,Depo accounts,Instruments,Counterparties,Markets,Settlement,Transfer orders,Confirmations,Positions,Fails,Corporate actions,Breaks,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "controller.ho|Dashboard,Accounts,Documents,Approvals,Clients,Payments,Rates,Clearing,Reconciliation,Cash desk,Trade blotter,Repair queue,Depo accounts,Instruments,Counterparties,Markets,Settlement,Transfer orders,Confirmations,Positions,Fails,Corporate actions,Breaks,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "accountant.ho|Dashboard,Accounts,Documents,New voucher,Approvals,Clients,Payments,Rates,Clearing,Reconciliation,Cash desk,Trade blotter,Repair queue,Depo accounts,Instruments,Counterparties,Markets,Settlement,Transfer orders,Confirmations,Positions,Fails,Corporate actions,Breaks,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "auditor|Dashboard,Accounts,Documents,Clients,Payments,Rates,Clearing,Reconciliation,Cash desk,Trade blotter,Repair queue,Depo accounts,Instruments,Counterparties,Markets,Settlement,Transfer orders,Confirmations,Positions,Fails,Corporate actions,Breaks,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,Consistency check,API tokens,Password",
                "admin|Dashboard,Accounts,Documents,Clients,Payments,Rates,Clearing,Reconciliation,Cash desk,Trade blotter,Repair queue,Depo accounts,Instruments,Counterparties,Markets,Settlement,Transfer orders,Confirmations,Positions,Fails,Corporate actions,Breaks,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,Consistency check,API tokens,Password,Administration"
            })
    void theNavigationShowsOnlyWhatTheUserMayUse(String username, String expected) {
        String html = as(username).get("/").body();

        Matcher nav = NAV_LINK.matcher(html);
        assertThat(nav.find()).isTrue();
        List<String> links = Pattern.compile(">([^<>]+)</a>")
                .matcher(nav.group())
                .results()
                .map(m -> m.group(1).strip())
                .toList();
        assertThat(links).containsExactly(expected.split(","));
    }

    @Test
    void anUnknownDocumentOrAccountIsTheNotFoundPage() {
        PageClient admin = as("admin");

        assertThat(admin.get("/documents/999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/documents/not-a-number").statusCode()).isEqualTo(404);
        assertThat(admin.get("/accounts/XX-0000-USD").statusCode()).isEqualTo(404);
        assertThat(admin.get("/accounts/XX-0000-USD").body()).contains("There is nothing here.");
        assertThat(admin.get("/bank/clients/999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/bank/clients/not-a-number").statusCode()).isEqualTo(404);
        assertThat(admin.get("/bank/accounts/GB33BUKB20201555555555").statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/bank/accounts/not-an-iban").statusCode()).isEqualTo(404);
    }
}
