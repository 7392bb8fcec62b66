package org.backoffice.server.bank.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.backoffice.banking.Banking;
import org.backoffice.server.web.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Clients through the API: taking one on, finding them, and every bad input refused by field. */
class BankClientsApiTest extends ApiTestSupport {
    @Autowired
    Banking banking;

    private static String person(String familyName, String extra) {
        return """
                {"kind":"PERSON","branch":"HO","givenNames":"Ada","familyName":"%s","birthDate":"1985-12-10",
                 "idDocument":"P1234567","address":"12 Crescent, Bath","country":"GB"%s}
                """.formatted(familyName, extra);
    }

    private long clientsNamed(String name) {
        return banking.clients().list(actor("admin"), null, name, 0, 10).total();
    }

    @Test
    void aPersonIsTakenOnAndFoundAgainByIdAndByName() {
        String family = "Lovelace" + System.nanoTime();
        HttpResponse<String> response =
                as("operator.ho").post("/api/bank/clients", person(family, ",\"email\":\"ada@example.org\""));

        JsonNode client = json(response, 201);
        String id = text(client, "id");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/bank/clients/" + id);
        assertThat(text(client, "name")).isEqualTo("Ada " + family);
        assertThat(text(client, "kind")).isEqualTo("PERSON");
        assertThat(text(client, "createdBy")).isEqualTo("operator.ho");
        assertThat(text(client, "email")).isEqualTo("ada@example.org");

        assertThat(text(json(as("controller.ho").get("/api/bank/clients/" + id), 200), "name"))
                .isEqualTo("Ada " + family);
        JsonNode found = json(as("operator.ho").get("/api/bank/clients?q=" + family.toLowerCase()), 200);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(text(found.get("items").get(0), "id")).isEqualTo(id);
        assertThat(json(as("operator.ho").get("/api/bank/clients/" + id + "/accounts"), 200)
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void aCompanyIsTakenOnWithAValidLei() {
        JsonNode client = json(as("accountant.ho").post("/api/bank/clients", """
                {"kind":"COMPANY","branch":"HO","companyName":"Northwind Traders Ltd","idDocument":"01234567",
                 "lei":"5493001KJTIIGC8Y1R12","address":"1 Dock Road, London","country":"GB"}
                """), 201);

        assertThat(text(client, "name")).isEqualTo("Northwind Traders Ltd");
        assertThat(text(client, "lei")).isEqualTo("5493001KJTIIGC8Y1R12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no family name  | "kind":"PERSON","branch":"HO","givenNames":"A","birthDate":"1980-01-01","idDocument":"X","address":"A","country":"GB" | familyName
            under sixteen   | "kind":"PERSON","branch":"HO","givenNames":"A","familyName":"B","birthDate":"2020-01-01","idDocument":"X","address":"A","country":"GB" | birthDate
            no kind         | "branch":"HO","address":"A","country":"GB" | kind
            bad country     | "kind":"PERSON","branch":"HO","givenNames":"A","familyName":"B","birthDate":"1980-01-01","idDocument":"X","address":"A","country":"Britain" | country
            bad lei         | "kind":"COMPANY","branch":"HO","companyName":"C","idDocument":"1","lei":"5493001KJTIIGC8Y1R13","address":"A","country":"GB" | lei
            bad e-mail      | "kind":"PERSON","branch":"HO","givenNames":"A","familyName":"B","birthDate":"1980-01-01","idDocument":"X","address":"A","country":"GB","email":"nope" | email
            no address      | "kind":"COMPANY","branch":"HO","companyName":"C","idDocument":"1","country":"GB" | address
            unknown branch  | "kind":"COMPANY","branch":"","companyName":"C","idDocument":"1","address":"A","country":"GB" | branch
            """)
    void aBadClientIsRefusedByFieldAndNothingIsRecorded(String name, String fields, String field) {
        long before = banking.clients().list(actor("admin"), null, null, 0, 1).total();

        problem(as("admin").post("/api/bank/clients", "{" + fields + "}"), 422, field);

        assertThat(banking.clients().list(actor("admin"), null, null, 0, 1).total())
                .isEqualTo(before);
    }

    @Test
    void aKindThatIsNoKindIsA400() {
        problem(as("operator.ho").post("/api/bank/clients", "{\"kind\":\"ROBOT\"}"), 400, "kind");
    }

    @Test
    void onlyClerksTakeClientsOnAndOnlyInTheirBranches() {
        String family = "Refused" + System.nanoTime();

        problem(as("controller.ho").post("/api/bank/clients", person(family, "")), 403);
        problem(as("operator.b1").post("/api/bank/clients", person(family, "")), 403);

        assertThat(clientsNamed(family)).isZero();
    }

    @Test
    void anotherBranchsClientIsNotFound() {
        String id = text(
                json(as("operator.ho").post("/api/bank/clients", person("Hidden" + System.nanoTime(), "")), 201), "id");

        problem(as("operator.b1").get("/api/bank/clients/" + id), 404);
        problem(as("operator.b1").get("/api/bank/clients/" + id + "/accounts"), 404);
        problem(as("operator.ho").get("/api/bank/clients/not-a-number"), 404);
        assertThat(json(as("operator.b1").get("/api/bank/clients?q=hidden"), 200)
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void pagingParametersAreChecked() {
        problem(as("operator.ho").get("/api/bank/clients?size=0"), 400, "size");
        problem(as("operator.ho").get("/api/bank/clients?page=-1"), 400, "page");
    }
}
