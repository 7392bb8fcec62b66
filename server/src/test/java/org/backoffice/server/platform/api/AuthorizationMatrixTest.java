package org.backoffice.server.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.platform.document.Document;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what, and where: every demo role, from a head-office user and a branch user, against a document,
 * account or report of their own branch and of another one, with the exact status the API must answer. The
 * platform decides; this table is what a user would notice.
 */
class AuthorizationMatrixTest extends ApiTestSupport {
    private static final String MAKER_HO = "matrix.maker.ho";
    private static final String MAKER_B1 = "matrix.maker.b1";

    @BeforeEach
    void usersEveryRoleNeeds() {
        ensureUser(MAKER_HO, "OPERATOR", "HO");
        ensureUser(MAKER_B1, "OPERATOR", "B1");
        ensureUser("accountant.b1", "ACCOUNTANT", "B1");
        ensureUser("treasurer.b1", "TREASURER", "B1");
    }

    @ParameterizedTest(name = "{0} may {1}: own branch {2}, other branch {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # user        | action          | own | other
            operator.ho   | view document   | 200 | 404
            operator.ho   | create voucher  | 201 | 403
            operator.ho   | approve         | 403 | 404
            operator.ho   | reject          | 403 | 404
            operator.ho   | reverse         | 403 | 404
            operator.ho   | view account    | 200 | 404
            operator.ho   | view statement  | 200 | 404
            operator.ho   | trial balance   | 200 | 403
            operator.ho   | audit list      | 200 | 200
            operator.ho   | audit verify    | 403 | 403
            operator.ho   | list users      | 403 | 403
            operator.ho   | create user     | 403 | 403
            operator.b1   | view document   | 200 | 404
            operator.b1   | create voucher  | 201 | 403
            operator.b1   | approve         | 403 | 404
            operator.b1   | reject          | 403 | 404
            operator.b1   | reverse         | 403 | 404
            operator.b1   | view account    | 200 | 404
            operator.b1   | view statement  | 200 | 404
            operator.b1   | trial balance   | 200 | 403
            operator.b1   | audit list      | 200 | 200
            operator.b1   | audit verify    | 403 | 403
            operator.b1   | list users      | 403 | 403
            operator.b1   | create user     | 403 | 403
            controller.ho | view document   | 200 | 404
            controller.ho | create voucher  | 403 | 403
            controller.ho | approve         | 200 | 404
            controller.ho | reject          | 200 | 404
            controller.ho | reverse         | 200 | 404
            controller.ho | view account    | 200 | 404
            controller.ho | view statement  | 200 | 404
            controller.ho | trial balance   | 200 | 403
            controller.ho | audit list      | 200 | 200
            controller.ho | audit verify    | 403 | 403
            controller.ho | list users      | 403 | 403
            controller.ho | create user     | 403 | 403
            controller.b1 | view document   | 200 | 404
            controller.b1 | create voucher  | 403 | 403
            controller.b1 | approve         | 200 | 404
            controller.b1 | reject          | 200 | 404
            controller.b1 | reverse         | 200 | 404
            controller.b1 | view account    | 200 | 404
            controller.b1 | view statement  | 200 | 404
            controller.b1 | trial balance   | 200 | 403
            controller.b1 | audit list      | 200 | 200
            controller.b1 | audit verify    | 403 | 403
            controller.b1 | list users      | 403 | 403
            controller.b1 | create user     | 403 | 403
            accountant.ho | view document   | 200 | 404
            accountant.ho | create voucher  | 201 | 403
            accountant.ho | approve         | 200 | 404
            accountant.ho | reject          | 200 | 404
            accountant.ho | reverse         | 200 | 404
            accountant.ho | view account    | 200 | 404
            accountant.ho | view statement  | 200 | 404
            accountant.ho | trial balance   | 200 | 403
            accountant.ho | audit list      | 200 | 200
            accountant.ho | audit verify    | 403 | 403
            accountant.ho | list users      | 403 | 403
            accountant.ho | create user     | 403 | 403
            accountant.b1 | view document   | 200 | 404
            accountant.b1 | create voucher  | 201 | 403
            accountant.b1 | approve         | 200 | 404
            accountant.b1 | reject          | 200 | 404
            accountant.b1 | reverse         | 200 | 404
            accountant.b1 | view account    | 200 | 404
            accountant.b1 | view statement  | 200 | 404
            accountant.b1 | trial balance   | 200 | 403
            accountant.b1 | audit list      | 200 | 200
            accountant.b1 | audit verify    | 403 | 403
            accountant.b1 | list users      | 403 | 403
            accountant.b1 | create user     | 403 | 403
            treasurer.ho  | view document   | 200 | 404
            treasurer.ho  | create voucher  | 403 | 403
            treasurer.ho  | approve         | 403 | 404
            treasurer.ho  | reject          | 403 | 404
            treasurer.ho  | reverse         | 403 | 404
            treasurer.ho  | view account    | 200 | 404
            treasurer.ho  | view statement  | 200 | 404
            treasurer.ho  | trial balance   | 200 | 403
            treasurer.ho  | audit list      | 200 | 200
            treasurer.ho  | audit verify    | 403 | 403
            treasurer.ho  | list users      | 403 | 403
            treasurer.ho  | create user     | 403 | 403
            treasurer.b1  | view document   | 200 | 404
            treasurer.b1  | create voucher  | 403 | 403
            treasurer.b1  | approve         | 403 | 404
            treasurer.b1  | reject          | 403 | 404
            treasurer.b1  | reverse         | 403 | 404
            treasurer.b1  | view account    | 200 | 404
            treasurer.b1  | view statement  | 200 | 404
            treasurer.b1  | trial balance   | 200 | 403
            treasurer.b1  | audit list      | 200 | 200
            treasurer.b1  | audit verify    | 403 | 403
            treasurer.b1  | list users      | 403 | 403
            treasurer.b1  | create user     | 403 | 403
            auditor       | view document   | 200 | 200
            auditor       | create voucher  | 403 | 403
            auditor       | approve         | 403 | 403
            auditor       | reject          | 403 | 403
            auditor       | reverse         | 403 | 403
            auditor       | view account    | 200 | 200
            auditor       | view statement  | 200 | 200
            auditor       | trial balance   | 200 | 200
            auditor       | audit list      | 200 | 200
            auditor       | audit verify    | 200 | 200
            auditor       | list users      | 200 | 200
            auditor       | create user     | 403 | 403
            admin         | view document   | 200 | 200
            admin         | create voucher  | 403 | 403
            admin         | approve         | 403 | 403
            admin         | reject          | 403 | 403
            admin         | reverse         | 403 | 403
            admin         | view account    | 200 | 200
            admin         | view statement  | 200 | 200
            admin         | trial balance   | 200 | 200
            admin         | audit list      | 200 | 200
            admin         | audit verify    | 200 | 200
            admin         | list users      | 200 | 200
            admin         | create user     | 201 | 201
            """)
    void eachRoleGetsExactlyItsAnswerInItsOwnBranchAndInAnother(String user, String action, int own, int other) {
        String home = user.endsWith(".b1") ? "B1" : "HO";
        String away = home.equals("HO") ? "B1" : "HO";

        assertThat(attempt(user, action, home, "own").statusCode())
                .as("%s: %s in %s", user, action, home)
                .isEqualTo(own);
        assertThat(attempt(user, action, away, "other").statusCode())
                .as("%s: %s in %s", user, action, away)
                .isEqualTo(other);
    }

    private HttpResponse<String> attempt(String user, String action, String branch, String scope) {
        String maker = branch.equals("HO") ? MAKER_HO : MAKER_B1;
        return switch (action) {
            case "view document" ->
                as(user).get("/api/documents/"
                        + voucher(maker, branch, debit(branch), credit(branch), "1.00", false)
                                .id());
            case "create voucher" ->
                as(user).post(
                                "/api/journal-vouchers?submit=true",
                                voucherJson(branch, debit(branch), credit(branch), "1.00"));
            case "approve" ->
                as(user).post(
                                "/api/documents/"
                                        + awaitingApproval(maker, branch).id() + "/approve",
                                "{}");
            case "reject" ->
                as(user).post(
                                "/api/documents/"
                                        + awaitingApproval(maker, branch).id() + "/reject",
                                "{\"comment\":\"no\"}");
            case "reverse" -> {
                Document posted = voucher(maker, branch, debit(branch), credit(branch), "1.00", true);
                yield as(user).post("/api/documents/" + posted.id() + "/reverse", "{\"comment\":\"undo\"}");
            }
            case "view account" -> as(user).get("/api/accounts/" + branch + "-1010-USD");
            case "view statement" -> as(user).get("/api/accounts/" + branch + "-1010-USD/statement?size=5");
            case "trial balance" -> as(user).get("/api/reports/trial-balance?asset=USD&branch=" + branch);
            case "audit list" -> {
                Document posted = voucher(maker, branch, debit(branch), credit(branch), "1.00", true);
                yield as(user).get("/api/audit?entityId=" + posted.id());
            }
            case "audit verify" -> as(user).get("/api/audit/verify");
            case "list users" -> as(user).get("/api/users");
            case "create user" -> as(user).post("/api/users", """
                                {"username":"m.%s.%s","displayName":"Matrix","roles":["OPERATOR"],"branches":["%s"]}
                                """.formatted(user, scope, branch));
            default -> throw new IllegalArgumentException("no such action in the matrix: " + action);
        };
    }

    private Document awaitingApproval(String maker, String branch) {
        return voucher(maker, branch, debit(branch), credit(branch), "10000.00", true);
    }

    private static String debit(String branch) {
        return branch + "-5030-USD";
    }

    private static String credit(String branch) {
        return branch + "-2910-USD";
    }
}
