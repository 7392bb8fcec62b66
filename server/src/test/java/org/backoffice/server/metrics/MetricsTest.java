package org.backoffice.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backoffice.server.ServerTest;
import org.backoffice.server.TestUsers;
import org.junit.jupiter.api.Test;

class MetricsTest extends ServerTest {
    private HttpResponse<String> scrape(String username) {
        return http().get(
                        "/actuator/prometheus",
                        "Accept",
                        "text/plain",
                        "Authorization",
                        "Bearer " + users.token(username));
    }

    @Test
    void prometheusShowsTheLedgerDocumentsAndRequestLatencies() {
        String voucher = """
                {"branch":"HO","valueDate":"%s","narrative":"metrics","asset":"USD",
                 "lines":[{"account":"HO-5030-USD","side":"DEBIT","amount":"1.00"},{"account":"HO-2910-USD","side":"CREDIT","amount":"1.00"}]}
                """.formatted(java.time.LocalDate.now(platform.clock()));
        HttpResponse<String> created = http().postJson(
                        "/api/journal-vouchers?submit=true",
                        voucher,
                        "Authorization",
                        "Bearer " + users.token("operator.ho"));
        assertThat(created.statusCode()).isEqualTo(201);

        HttpResponse<String> metrics = scrape(TestUsers.ADMIN);

        assertThat(metrics.statusCode()).isEqualTo(200);
        String text = metrics.body();
        assertThat(value(text, "backoffice_ledger_transactions_total")).isPositive();
        assertThat(value(text, "backoffice_ledger_batches_total")).isPositive();
        assertThat(value(text, "backoffice_ledger_batch_size")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(text, "backoffice_ledger_batch_duration_seconds_count"))
                .isPositive();
        assertThat(text).contains("backoffice_ledger_statement_index_lag");
        assertThat(value(text, "backoffice_documents{status=\"POSTED\"}")).isPositive();
        assertThat(value(text, "backoffice_documents{status=\"SUBMITTED\"}")).isPositive();
        assertThat(text)
                .contains("backoffice_documents{status=\"DRAFT\"}", "backoffice_documents{status=\"REVERSED\"}");
        assertThat(value(
                        text,
                        "backoffice_document_commit_seconds_bucket{action=\"create\",outcome=\"done\",le=\"+Inf\"}"))
                .isPositive();
        assertThat(text)
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{.*uri=\"/api/journal-vouchers\",le=\"\\+Inf\"}");
    }

    @Test
    void onlyAdministratorsAndAuditorsScrape() {
        assertThat(scrape(TestUsers.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(scrape("operator.ho").statusCode()).isEqualTo(403);
        assertThat(http().get("/actuator/prometheus", "Accept", "text/plain").statusCode())
                .isEqualTo(401);
    }

    /** The first sample of a metric (name with its labels, or the start of them). */
    private static double value(String text, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*})? ([0-9.eE+-]+)")
                .matcher(text);
        assertThat(matcher.find()).as("%s in the scrape", metric).isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
