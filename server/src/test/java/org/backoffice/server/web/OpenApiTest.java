package org.backoffice.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiTest extends ApiTestSupport {
    private static final List<String> ENDPOINTS = List.of(
            "POST /api/tokens",
            "GET /api/tokens",
            "DELETE /api/tokens/{id}",
            "GET /api/accounts",
            "POST /api/accounts",
            "GET /api/accounts/{number}",
            "GET /api/accounts/{number}/balance",
            "GET /api/accounts/{number}/statement",
            "GET /api/reports/trial-balance",
            "POST /api/journal-vouchers",
            "PUT /api/journal-vouchers/{id}",
            "GET /api/documents",
            "GET /api/documents/{id}",
            "POST /api/documents/{id}/submit",
            "POST /api/documents/{id}/approve",
            "POST /api/documents/{id}/reject",
            "POST /api/documents/{id}/reverse",
            "GET /api/approvals",
            "POST /api/documents/{id}/attachments",
            "GET /api/documents/{id}/attachments",
            "GET /api/documents/{id}/attachments/{sha256}",
            "GET /api/audit",
            "GET /api/audit/verify",
            "GET /api/users",
            "POST /api/users",
            "PUT /api/users/{username}/grants",
            "POST /api/users/{username}/unlock",
            "POST /api/users/{username}/reset-password",
            "GET /api/branches",
            "GET /api/branches/{code}",
            "POST /api/branches");

    @Test
    void theDescriptionListsEveryEndpoint() {
        JsonNode docs = JSON.readTree(
                http().get("/api/docs", "Accept", "application/json").body());

        List<String> described = new ArrayList<>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(described).containsAll(ENDPOINTS);
    }

    @Test
    void everyPostOfTheApiTakesAnIdempotencyKey() {
        JsonNode docs = JSON.readTree(
                http().get("/api/docs", "Accept", "application/json").body());

        List<String> posts = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().get("post");
            if (post != null && !path.getKey().startsWith("/api/test")) {
                posts.add(path.getKey());
                assertThat(post.get("parameters").toString())
                        .as("parameters of POST %s", path.getKey())
                        .contains("\"Idempotency-Key\"");
            }
        });
        assertThat(posts).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void theDescriptionNamesTheSchemesTheBalanceSignAndTheIdempotencyKey() {
        JsonNode docs = JSON.readTree(
                http().get("/api/docs", "Accept", "application/json").body());

        JsonNode schemes = docs.get("components").get("securitySchemes");
        assertThat(schemes.get("token").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("password").get("scheme").asString()).isEqualTo("basic");
        assertThat(docs.get("components")
                        .get("schemas")
                        .get("Account")
                        .get("properties")
                        .get("balance")
                        .toString())
                .contains("normal side");
        JsonNode create = docs.get("paths").get("/api/journal-vouchers").get("post");
        assertThat(create.get("parameters").toString()).contains("Idempotency-Key");
        assertThat(create.get("parameters").toString()).doesNotContain("authentication");
        assertThat(create.get("responses").has("201")).isTrue();
        assertThat(docs.get("paths")
                        .get("/api/tokens/{id}")
                        .get("delete")
                        .get("responses")
                        .has("204"))
                .isTrue();
        assertThat(docs.get("components").get("schemas").has("JournalVoucherBody"))
                .isTrue();
    }

    @Test
    void eachPageDescribesItsOwnItems() {
        JsonNode docs = JSON.readTree(
                http().get("/api/docs", "Accept", "application/json").body());

        assertThat(itemsOf(docs, "/api/accounts")).isEqualTo("#/components/schemas/Account");
        assertThat(itemsOf(docs, "/api/documents")).isEqualTo("#/components/schemas/Document");
        assertThat(itemsOf(docs, "/api/audit")).isEqualTo("#/components/schemas/AuditEntry");
    }

    private static String itemsOf(JsonNode docs, String path) {
        String page = docs.get("paths")
                .get(path)
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .properties()
                .iterator()
                .next()
                .getValue()
                .get("schema")
                .get("$ref")
                .asString();
        String name = page.substring(page.lastIndexOf('/') + 1);
        return docs.get("components")
                .get("schemas")
                .get(name)
                .get("properties")
                .get("items")
                .get("items")
                .get("$ref")
                .asString();
    }
}
