package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.server.bank.BankData;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what with the bank's API, and where: the demo roles from head office and a branch, against a client or
 * an account of their own branch and of another one. What lies in another branch answers as if it did not exist
 * (404), or, where the request names it in its body, as a field that names nothing of theirs (422).
 */
class BankAuthorizationMatrixTest extends ApiTestSupport {
    /** A funded account per branch, made once: the matrix pays 1.00 from it many times. */
    private static final Map<String, CustomerAccount> PAYERS = new ConcurrentHashMap<>();

    @Autowired
    Banking banking;

    @ParameterizedTest(name = "{0} may {1}: own branch {2}, other branch {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # user        | action        | own | other
            operator.ho   | create client | 201 | 403
            operator.ho   | view client   | 200 | 404
            operator.ho   | open account  | 201 | 422
            operator.ho   | view account  | 200 | 404
            operator.ho   | freeze        | 200 | 404
            operator.ho   | unfreeze      | 403 | 403
            operator.ho   | close         | 403 | 403
            operator.ho   | transfer      | 201 | 422
            operator.ho   | set rate      | 403 | 403
            operator.b1   | create client | 201 | 403
            operator.b1   | view client   | 200 | 404
            operator.b1   | open account  | 201 | 422
            operator.b1   | view account  | 200 | 404
            operator.b1   | freeze        | 200 | 404
            operator.b1   | unfreeze      | 403 | 403
            operator.b1   | transfer      | 201 | 422
            controller.ho | create client | 403 | 403
            controller.ho | view client   | 200 | 404
            controller.ho | open account  | 403 | 403
            controller.ho | freeze        | 200 | 404
            controller.ho | unfreeze      | 200 | 404
            controller.ho | close         | 200 | 404
            controller.ho | transfer      | 403 | 422
            controller.ho | set rate      | 403 | 403
            controller.b1 | view client   | 200 | 404
            controller.b1 | unfreeze      | 200 | 404
            controller.b1 | close         | 200 | 404
            controller.b1 | transfer      | 403 | 422
            accountant.ho | create client | 201 | 403
            accountant.ho | open account  | 201 | 422
            accountant.ho | freeze        | 200 | 404
            accountant.ho | unfreeze      | 403 | 403
            accountant.ho | close         | 200 | 404
            accountant.ho | transfer      | 201 | 422
            treasurer.ho  | create client | 403 | 403
            treasurer.ho  | view client   | 200 | 404
            treasurer.ho  | view account  | 200 | 404
            treasurer.ho  | freeze        | 403 | 403
            treasurer.ho  | transfer      | 403 | 422
            treasurer.ho  | set rate      | 200 | 200
            auditor       | create client | 403 | 403
            auditor       | view client   | 200 | 200
            auditor       | view account  | 200 | 200
            auditor       | freeze        | 403 | 403
            auditor       | transfer      | 403 | 403
            auditor       | set rate      | 403 | 403
            admin         | create client | 201 | 201
            admin         | view client   | 200 | 200
            admin         | open account  | 201 | 201
            admin         | freeze        | 403 | 403
            admin         | transfer      | 403 | 403
            admin         | set rate      | 200 | 200
            """)
    void eachRoleGetsExactlyItsAnswerInItsOwnBranchAndInAnother(String user, String action, int own, int other) {
        String home = user.endsWith(".b1") ? "B1" : "HO";
        String away = home.equals("HO") ? "B1" : "HO";

        assertThat(attempt(user, action, home).statusCode())
                .as("%s: %s in %s", user, action, home)
                .isEqualTo(own);
        assertThat(attempt(user, action, away).statusCode())
                .as("%s: %s in %s", user, action, away)
                .isEqualTo(other);
    }

    private HttpResponse<String> attempt(String user, String action, String branch) {
        BankData data = new BankData(banking);
        var clerk = actor("admin");
        return switch (action) {
            case "create client" -> as(user).post("/api/bank/clients", """
                    {"kind":"COMPANY","branch":"%s","companyName":"Matrix %s","idDocument":"1","address":"A","country":"GB"}
                    """.formatted(branch, user));
            case "view client" ->
                as(user).get("/api/bank/clients/"
                        + data.person(clerk, branch, "Matrix").id());
            case "open account" -> {
                Client client = data.person(clerk, branch, "Matrix");
                yield as(user).post(
                                "/api/bank/accounts",
                                "{\"clientId\":\"%d\",\"currency\":\"USD\",\"product\":\"CURRENT\"}"
                                        .formatted(client.id()));
            }
            case "view account" ->
                as(user).get("/api/bank/accounts/"
                        + data.account(clerk, branch, "USD").iban());
            case "freeze" ->
                as(user).post(
                                "/api/bank/accounts/"
                                        + data.account(clerk, branch, "USD").iban() + "/freeze",
                                "{\"reason\":\"matrix\"}");
            case "unfreeze" -> {
                CustomerAccount account = data.account(clerk, branch, "USD");
                banking.accounts()
                        .freeze(
                                actor(branch.equals("HO") ? "operator.ho" : "operator.b1"),
                                account.iban().value(),
                                "matrix");
                yield as(user).post("/api/bank/accounts/" + account.iban() + "/unfreeze", "{\"reason\":\"matrix\"}");
            }
            case "close" ->
                as(user).post(
                                "/api/bank/accounts/"
                                        + data.account(clerk, branch, "USD").iban() + "/close",
                                "{\"reason\":\"matrix\"}");
            case "transfer" -> {
                CustomerAccount payer = PAYERS.computeIfAbsent(branch, b -> {
                    CustomerAccount account = data.account(clerk, b, "USD");
                    String maker = b.equals("HO") ? "operator.ho" : "operator.b1";
                    String checker = b.equals("HO") ? "controller.ho" : "controller.b1";
                    data.fund(actor(maker), actor(checker), account, "9000.00");
                    return account;
                });
                CustomerAccount payee = data.account(clerk, branch, "USD");
                yield as(user).post("/api/bank/transfers", """
                        {"debtorIban":"%s","creditorIban":"%s","currency":"USD","amount":"1.00"}
                        """.formatted(payer.iban(), payee.iban()));
            }
            case "set rate" ->
                as(user).put(
                                "/api/bank/rates/" + LocalDate.of(2030, 1, branch.equals("HO") ? 2 : 3) + "/EUR/GBP",
                                "{\"rate\":\"0.85\"}");
            default -> throw new IllegalArgumentException("no such action in the matrix: " + action);
        };
    }
}
