package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.FixVenue;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropCopyCaptureTest extends BrokerTest {
    @TempDir
    Path dir;

    @Override
    protected void prepare() {
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
    }

    private FixFill fill(String execId, String account, String counterparty, long quantity, ExecKind kind, String ref) {
        return new FixFill(
                execId,
                "O-" + execId,
                null,
                org.backoffice.securities.message.Side.BUY,
                SecuritiesFixture.SHARE,
                BigDecimal.valueOf(quantity),
                new BigDecimal("10.5"),
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                account,
                counterparty,
                "XLON",
                Instant.parse("2026-11-25T09:30:00Z"),
                kind,
                ref);
    }

    private Path log(List<FixFill> fills, String... extraLines) throws IOException {
        Path log = dir.resolve("dropcopy.messages.log");
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.US_ASCII);
                FixLogWriter writer = new FixLogWriter(out, "BROKER", "BACKOFFICE", true)) {
            fills.forEach(writer::write);
        }
        for (String line : extraLines) {
            Files.writeString(log, line + "\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
        }
        return log;
    }

    @Test
    void fillsFromTheLogAreCapturedOnceByExecIdAndCancellationsAwaitAChecker() throws IOException {
        Path log = log(
                List.of(
                        fill("E1", SecuritiesFixture.CLIENT, SecuritiesFixture.ALPHA, 100, ExecKind.NEW, null),
                        // A counterparty may be named by its BIC.
                        fill("E2", SecuritiesFixture.CLIENT, SecuritiesFixture.BETA_BIC, 200, ExecKind.NEW, null),
                        fill("E3", "NOSUCH", SecuritiesFixture.ALPHA, 300, ExecKind.NEW, null),
                        fill("E4", SecuritiesFixture.CLIENT, SecuritiesFixture.ALPHA, 50, ExecKind.CANCEL, "E1")),
                "8=FIX.4.4\u00019=5\u000135=8\u000110=000\u0001");
        List<List<CaptureOutcome>> chunks = new ArrayList<>();

        DropCopySummary summary =
                broker.securities().dropCopy().captureLog(broker.actor("operator.ho"), log, 2, chunks::add);

        assertThat(summary.fills()).isEqualTo(4);
        assertThat(summary.captured()).isEqualTo(2);
        assertThat(summary.repair()).isEqualTo(1);
        assertThat(summary.corrections()).isEqualTo(1);
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString().startsWith("line 5: ");
        assertThat(chunks).hasSize(2);
        TradeBook book = broker.securities().trades();
        assertThat(book.findByRef("E2").orElseThrow().counterparty()).isEqualTo(SecuritiesFixture.BETA);
        assertThat(book.findByRef("E3").orElseThrow().repairReasons())
                .extracting(e -> e.field())
                .containsExactly("depoAccount");
        Trade first = book.findByRef("E1").orElseThrow();
        assertThat(book.versions(broker.actor("controller.ho"), first.id()))
                .extracting(TradeVersion::action)
                .containsExactly(TradeVersion.Action.CAPTURE, TradeVersion.Action.CANCEL);

        DropCopySummary again =
                broker.securities().dropCopy().captureLog(broker.actor("operator.ho"), log, 2, chunks::add);

        assertThat(again.captured()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        // The cancellation is proposed already: the second one is refused, not proposed twice.
        assertThat(again.corrections()).isZero();
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(3);
    }

    @Test
    void aFractionalQuantityOrAnUnknownCounterpartyWaitsForRepair() throws IOException {
        FixFill fractional = new FixFill(
                "E9",
                "O-9",
                null,
                org.backoffice.securities.message.Side.SELL,
                SecuritiesFixture.SHARE,
                new BigDecimal("1.5"),
                BigDecimal.TEN,
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                "ZZZZGB2LXXX",
                "XLON",
                Instant.parse("2026-11-25T09:30:00Z"),
                ExecKind.NEW,
                null);

        DropCopySummary summary = broker.securities()
                .dropCopy()
                .captureLog(broker.actor("operator.ho"), log(List.of(fractional)), 100, outcomes -> {});

        assertThat(summary.repair()).isEqualTo(1);
        assertThat(broker.securities().trades().findByRef("E9").orElseThrow().repairReasons())
                .extracting(e -> e.field())
                .contains("quantity", "counterparty");
    }

    @Test
    void aLiveSessionOnLoopbackCapturesEachFillAsItArrives() throws Exception {
        int port = FixVenue.freePort();
        java.util.concurrent.BlockingQueue<String> problems = new java.util.concurrent.LinkedBlockingQueue<>();
        try (var acceptor = broker.securities()
                        .dropCopy()
                        .listen(broker.actor("operator.ho"), port, "BACKOFFICE", "VENUE", problems::add);
                FixVenue venue = FixVenue.connect(port, "VENUE", "BACKOFFICE")) {
            venue.send(fill("L1", SecuritiesFixture.CLIENT, SecuritiesFixture.ALPHA, 10, ExecKind.NEW, null));
            venue.send(fill("L2", "NOSUCH", SecuritiesFixture.ALPHA, 20, ExecKind.NEW, null));
            venue.send(fill("L1", SecuritiesFixture.CLIENT, SecuritiesFixture.ALPHA, 10, ExecKind.NEW, null));

            TradeBook book = broker.securities().trades();
            for (int i = 0; i < 200 && book.findByRef("L2").isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertThat(book.findByRef("L1").orElseThrow().status()).isEqualTo(TradeStatus.NEW);
            assertThat(book.findByRef("L2").orElseThrow().status()).isEqualTo(TradeStatus.REPAIR);
            Thread.sleep(300);
            assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(2);
            assertThat(problems).isEmpty();
        }
    }
}
