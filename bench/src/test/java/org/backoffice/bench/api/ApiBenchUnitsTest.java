package org.backoffice.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of the API bench that need no server. */
class ApiBenchUnitsTest {
    @Test
    void heapIsTheSumOfTheHeapPoolsWhateverTheExpositionFlavour() {
        String micrometer = """
                # HELP jvm_memory_used_bytes The amount of used memory
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Survivor Space",} 4194304.0
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen",} 1.2345678E8
                jvm_memory_used_bytes{area="nonheap",id="Metaspace",} 6.5E7
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space",} 2.5165824E7
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen",} 5.36870912E8
                jvm_memory_used_bytes_total{area="heap"} 1.0E12
                """;
        assertThat(ServerHeap.heapUsedBytes(micrometer)).hasValue(4_194_304L + 123_456_780L + 25_165_824L);

        String prometheus1 =
                "jvm_memory_used_bytes{application=\"backoffice\",area=\"heap\",id=\"Eden\"} 1.0E6 1732740000000\n"
                        + "jvm_memory_used_bytes{area=\"heap\", id=\"Old\"} 2000000\r\n"
                        + "jvm_memory_used_bytes{id=\"CodeHeap 'non-nmethods'\",area=\"nonheap\"} 3.0E6\n";
        assertThat(ServerHeap.heapUsedBytes(prometheus1)).hasValue(3_000_000L);
    }

    @Test
    void anExpositionWithoutHeapLinesHasNoHeap() {
        assertThat(ServerHeap.heapUsedBytes("")).isEmpty();
        assertThat(ServerHeap.heapUsedBytes("jvm_memory_used_bytes{area=\"nonheap\",id=\"Metaspace\"} 6.5E7\n"))
                .isEmpty();
        assertThat(ServerHeap.heapUsedBytes("<html>login</html>")).isEmpty();
    }

    @Test
    void badOptionsNameTheField() {
        assertThatThrownBy(() -> options("oracle", null, 32, 20, 5, "512m")).hasMessageStartingWith("db:");
        assertThatThrownBy(() -> options("sqlite", URI.create("ftp://x"), 32, 20, 5, "512m"))
                .hasMessageStartingWith("url:");
        assertThatThrownBy(() -> options("sqlite", URI.create("localhost:8080"), 32, 20, 5, "512m"))
                .hasMessageStartingWith("url:");
        assertThatThrownBy(() -> options("sqlite", null, 0, 20, 5, "512m")).hasMessageStartingWith("clients:");
        assertThatThrownBy(() -> options("sqlite", null, 32, 0, 5, "512m")).hasMessageStartingWith("seconds:");
        assertThatThrownBy(() -> options("sqlite", null, 32, 20, -1, "512m")).hasMessageStartingWith("warmup:");
        assertThatThrownBy(() -> options("sqlite", null, 32, 20, 5, "lots")).hasMessageStartingWith("server heap:");
        assertThatThrownBy(() -> new ApiBenchOptions("postgres", null, "jdbc:sqlite:x", "u", "p", 1, 1, 0, "1g"))
                .hasMessageStartingWith("postgres url:");
        assertThatThrownBy(() -> new ApiBenchOptions(
                        "sqlite", null, ApiBenchOptions.DEFAULT_POSTGRES_URL, " ", "p", 1, 1, 0, "1g"))
                .hasMessageStartingWith("user and password:");
    }

    @Test
    void aRunningServerIsExternalAndItsUrlLosesATrailingSlash() {
        ApiBenchOptions options = options("postgres", URI.create("http://127.0.0.1:8080/"), 32, 20, 5, "512m");
        assertThat(options.url()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(options.dbLabel()).isEqualTo("external");
        assertThat(options("postgres", null, 32, 20, 0, "2G").dbLabel()).isEqualTo("postgres");
        assertThat(ApiBenchOptions.defaults()).isEqualTo(options("sqlite", null, 32, 20, 5, "512m"));
    }

    @ParameterizedTest
    @CsvSource({"100, 1.00", "99999, 999.99", "1005, 10.05", "12340, 123.40"})
    @SuppressWarnings("unchecked")
    void aVoucherIsTwoBalancedLinesInTheContractsShape(long cents, String amount) {
        String body = VoucherLoad.voucher("HO-3010-USD", "HO-\"2\"", cents, LocalDate.of(2026, 11, 27));

        Map<String, Object> voucher = (Map<String, Object>) Json.parse(body);
        assertThat(voucher)
                .containsEntry("branch", "HO")
                .containsEntry("valueDate", "2026-11-27")
                .containsEntry("narrative", "bench")
                .containsEntry("asset", "USD");
        assertThat((List<Object>) voucher.get("lines"))
                .containsExactly(
                        Map.of("account", "HO-3010-USD", "side", "DEBIT", "amount", amount),
                        Map.of("account", "HO-\"2\"", "side", "CREDIT", "amount", amount));
    }

    @Test
    void jsonReadsWhatTheServerAnswers() {
        Object page = Json.parse(
                " {\"items\":[{\"number\":\"HO-1010-USD\",\"limit\":\"NONE\",\"n\":-1.5e2,\"ok\":true,\"x\":null}],"
                        + "\"total\":1,\"detail\":\"caf\\u00e9 \\\"quoted\\\"\\n\"} ");
        assertThat(page).isInstanceOf(Map.class);
        Map<?, ?> item = (Map<?, ?>) ((List<?>) ((Map<?, ?>) page).get("items")).get(0);
        assertThat(item.get("n")).isEqualTo(new BigDecimal("-1.5e2"));
        assertThat(item.get("ok")).isEqualTo(true);
        assertThat(item.containsKey("x")).isTrue();
        assertThat(Json.string(page, "detail")).isEqualTo("café \"quoted\"\n");
        assertThat(Json.string(page, "total")).as("not a string").isNull();
        assertThat(Json.parse(Json.quote("a\\b\"c\u0001"))).isEqualTo("a\\b\"c\u0001");
        assertThatThrownBy(() -> Json.parse("{\"a\":1")).hasMessageStartingWith("JSON:");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageStartingWith("JSON:");
    }

    private static ApiBenchOptions options(String db, URI url, int clients, int seconds, int warmup, String heap) {
        return new ApiBenchOptions(
                db, url, ApiBenchOptions.DEFAULT_POSTGRES_URL, "operator.ho", "demo", clients, seconds, warmup, heap);
    }
}
