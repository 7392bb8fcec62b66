package org.backoffice.securities.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.TransactionId;
import org.backoffice.securities.Securities;
import org.backoffice.securities.fail.DailyPenalty;
import org.backoffice.securities.fail.FailLine;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.message.Mt548Writer;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.Mt54xReader;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.message.StatusKind;
import org.backoffice.securities.position.Position;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.ImportedMessage;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.settlement.Settlement;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.DropCopySummary;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three fills of a Wednesday's drop copy, from the FIX log to the settled position: one settles on
 * its date, one fails, accrues a penalty and then settles in two parts, one is cancelled after it
 * was instructed. The depository's messages arrive as SWIFT text.
 */
class BrokerLifecycleTest extends BrokerTest {
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    Securities securities;
    Settlement settlement;
    int messages;

    @Override
    protected void prepare() {
        securities = broker.securities();
        settlement = securities.settlement();
        broker.stockClient();
    }

    private FixFill fill(String execId, boolean buy, long quantity, String price, String counterparty) {
        return new FixFill(
                execId,
                "O-" + execId,
                null,
                buy ? org.backoffice.securities.message.Side.BUY : org.backoffice.securities.message.Side.SELL,
                SecuritiesFixture.SHARE,
                BigDecimal.valueOf(quantity),
                new BigDecimal(price),
                "GBP",
                SecuritiesFixture.TODAY,
                null,
                SecuritiesFixture.CLIENT,
                counterparty,
                "XLON",
                Instant.parse("2026-11-25T09:15:00Z"),
                ExecKind.NEW,
                null);
    }

    private String status(Instruction in, StatusKind kind, String reason, String at) {
        return Mt548Writer.write(
                new SettlementStatus(in.reference(), kind, reason, null, Instant.parse(at)),
                "ST" + (++messages),
                SecuritiesFixture.CREST,
                "DEMOGB2LXXX");
    }

    private String confirmation(Instruction in, long quantity, LocalDate on, boolean partial) {
        SettlementConfirmation confirmation = new SettlementConfirmation(
                in.reference(),
                "CF" + (++messages),
                in.direction(),
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(in.settlementAmount() * quantity / in.quantity(), 2),
                in.currency(),
                on,
                partial,
                false);
        return Mt54xConfirmationWriter.write(
                confirmation, in.depoAccount(), SecuritiesFixture.CREST, SecuritiesFixture.CREST, "DEMOGB2LXXX");
    }

    private void arrive(String... swift) {
        List<ImportedMessage> applied = settlement.importMessages(operator, String.join("\n", swift));
        assertThat(applied)
                .allSatisfy(m ->
                        assertThat(m.error()).as(m.kind() + " " + m.reference()).isNull());
    }

    private Instruction instruction(String execId) {
        Trade trade = securities.trades().findByRef(execId).orElseThrow();
        return settlement.findByTrade(trade.id()).orElseThrow();
    }

    @Test
    void fromTheDropCopyToTheSettledPositionWithAFailAPartialAndACancellation() throws IOException {
        Path log = dir.resolve("venue.messages.log");
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.US_ASCII);
                FixLogWriter writer = new FixLogWriter(out, "VENUE", "BACKOFFICE", true)) {
            writer.write(fill("E1", true, 300, "10", SecuritiesFixture.ALPHA));
            writer.write(fill("E2", false, 200, "11", SecuritiesFixture.BETA_BIC));
            writer.write(fill("E3", true, 50, "10", SecuritiesFixture.ALPHA));
        }
        DropCopySummary captured = securities.dropCopy().captureLog(operator, log, 100, outcomes -> {});
        assertThat(captured.captured()).isEqualTo(3);
        List<Long> ids = List.of("E1", "E2", "E3").stream()
                .map(ref -> securities.trades().findByRef(ref).orElseThrow().id())
                .toList();
        assertThat(settlement.instructAll(operator, ids)).allMatch(o -> o.instruction() != null);
        Instruction late = instruction("E1");
        Instruction cancelled = instruction("E2");
        Instruction onTime = instruction("E3");
        long position = securities.books().position(broker.depo(SecuritiesFixture.CLIENT), SecuritiesFixture.SHARE);
        // Instructed: the sale's 200 are reserved, nothing has moved yet.
        assertThat(broker.posted(position)).isEqualTo(500);
        assertThat(broker.available(position)).isEqualTo(300);

        arrive(
                status(late, StatusKind.MATCHED, null, "2026-11-25T14:00:00Z"),
                status(onTime, StatusKind.MATCHED, null, "2026-11-25T14:00:00Z"),
                confirmation(onTime, 50, FRIDAY, false));
        settlement.cancel(operator, cancelled.id(), "client withdrew the order");
        settlement.approveCancel(controller, cancelled.id());

        assertThat(settlement.find(onTime.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settlement.find(cancelled.id()).orElseThrow().status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(securities.trades().find(cancelled.tradeId()).orElseThrow().status())
                .isEqualTo(TradeStatus.CANCELLED);
        assertThat(broker.posted(position)).isEqualTo(550);
        assertThat(broker.available(position)).isEqualTo(550);
        String cancellation = settlement.message(cancelled.id(), Format.MT);
        assertThat(Mt54xReader.read(cancellation).cancelsReference()).isEqualTo(cancelled.reference());

        // Friday passes without the late purchase settling: on Monday it is a fail and accrues a penalty.
        broker.clock()
                .advance(java.time.Duration.between(broker.clock().instant(), Instant.parse("2026-11-30T09:00:00Z")));
        arrive(status(late, StatusKind.FAILING, "LACK", "2026-11-30T08:00:00Z"));
        List<FailLine> fails = securities.fails().report(controller, MONDAY);
        assertThat(fails).extracting(FailLine::tradeRef).containsExactly("E1");
        List<DailyPenalty> penalties = securities.fails().accrue(controller, FRIDAY);
        assertThat(penalties)
                .singleElement()
                .satisfies(p -> assertThat(p.amount()).isPositive());

        arrive(confirmation(late, 100, MONDAY, true));
        assertThat(settlement.find(late.id()).orElseThrow().status()).isEqualTo(InstructionStatus.PARTIALLY_SETTLED);
        assertThat(broker.posted(position)).isEqualTo(650);
        broker.clock()
                .advance(java.time.Duration.between(broker.clock().instant(), Instant.parse("2026-12-01T09:00:00Z")));
        arrive(confirmation(late, 200, TUESDAY, false));

        Instruction settled = settlement.find(late.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settled.settledQuantity()).isEqualTo(300);
        assertThat(broker.posted(position)).isEqualTo(850);
        Position held =
                securities.positions().positions(controller, SecuritiesFixture.CLIENT, TUESDAY).securities().stream()
                        .filter(p -> p.isin().equals(SecuritiesFixture.SHARE))
                        .findFirst()
                        .orElseThrow();
        assertThat(held.settled()).isEqualTo(850);
        assertThat(held.traded()).isEqualTo(850);
        long money = securities.books().money(broker.depo(SecuritiesFixture.CLIENT), "GBP");
        long paid = late.settlementAmount() + late.fees() + onTime.settlementAmount() + onTime.fees();
        assertThat(broker.posted(money)).isEqualTo(10_000_000 - paid);
        assertThat(broker.available(money)).isEqualTo(10_000_000 - paid);
        // Every settlement moved the securities and the cash in one ledger transaction.
        List<Long> settlements = org.backoffice.platform.jdbc.Sql.query(
                broker.platform().ledger().readers(),
                "SELECT tx_id FROM sec_instruction_settlements ORDER BY instruction_id, sequence",
                rs -> rs.getLong(1));
        assertThat(settlements).hasSize(3);
        for (long tx : settlements) {
            Set<String> assets =
                    broker.platform().ledger().transaction(TransactionId.of(tx)).orElseThrow().postings().stream()
                            .map(Posting::asset)
                            .map(AssetCode::value)
                            .collect(Collectors.toSet());
            assertThat(assets).containsExactlyInAnyOrder(SecuritiesFixture.SHARE, "GBP");
        }
    }
}
