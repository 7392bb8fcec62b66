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
        "treasurer.ho, /reports/trial-balance?asset=EUR"
    })
    void aPermittedUserGetsThePage(String username, String path) {
        HttpResponse<String> page = as(username).get(path);

        assertThat(page.statusCode()).as(path + "\n" + page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<main id=\"content\"", "Sign out").doesNotContain("Exception");
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
        "controller.ho, /documents/new"
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
                "/documents/export.csv"
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
                "operator.ho|Dashboard,Accounts,Documents,New voucher,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "controller.ho|Dashboard,Accounts,Documents,Approvals,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "accountant.ho|Dashboard,Accounts,Documents,New voucher,Approvals,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "auditor|Dashboard,Accounts,Documents,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password",
                "admin|Dashboard,Accounts,Documents,Trial balance,Turnover,Balance sheet,Income statement,End of day,Audit log,API tokens,Password,Administration"
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
    }
}
