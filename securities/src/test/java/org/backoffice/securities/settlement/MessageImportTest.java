package org.backoffice.securities.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.Mt54xConfirmationWriter;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.message.SettlementStatus;
import org.backoffice.securities.message.StatusKind;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;

/**
 * A day's confirmations imported as a file, as the pages, the API and the CLI import them: in full, in
 * part and its rest, refused ones reported, and the same file twice posting once.
 */
class MessageImportTest extends BrokerTest {
    static final LocalDate SETTLES = LocalDate.of(2026, 11, 27);

    Settlement settlement;

    @Override
    protected void prepare() {
        settlement = broker.securities().settlement();
        broker.stockClient();
    }

    private Instruction instructed(long quantity, boolean buy) {
        var ticket = buy
                ? broker.buy(SecuritiesFixture.CLIENT, quantity, "10")
                : broker.sell(SecuritiesFixture.CLIENT, quantity, "10");
        long trade = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, ticket)
                .trade()
                .id();
        return settlement.instruct(operator, trade).instruction();
    }

    private static SettlementConfirmation confirmation(Instruction in, String ref, long quantity, boolean partial) {
        return new SettlementConfirmation(
                in.reference(),
                ref,
                in.direction() == Direction.RECEIVE ? Direction.RECEIVE : Direction.DELIVER,
                true,
                in.isin(),
                BigDecimal.valueOf(quantity),
                BigDecimal.valueOf(in.settlementAmount() * quantity / in.quantity(), 2),
                in.currency(),
                SETTLES,
                partial,
                false);
    }

    private static String mt(SettlementConfirmation... confirmations) {
        StringBuilder text = new StringBuilder();
        for (SettlementConfirmation c : confirmations) {
            text.append(Mt54xConfirmationWriter.write(
                            c,
                            SecuritiesFixture.CLIENT,
                            SecuritiesFixture.CREST,
                            SecuritiesFixture.CREST,
                            "DEMOGB2LXXX"))
                    .append('\n');
        }
        return text.toString();
    }

    @Test
    void aFileOfConfirmationsSettlesInFullAndInPartAndReportsWhatItCouldNotApply() {
        Instruction buy = instructed(100, true);
        Instruction sell = instructed(200, false);
        Instruction partly = instructed(50, true);
        Instruction wrong = instructed(10, true);
        // A partial settlement follows the depository's matching.
        broker.matched(partly.reference());
        long position = broker.positionAccount(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE);
        long money = broker.moneyAccount(SecuritiesFixture.CLIENT, "GBP");
        String file = mt(
                confirmation(buy, "C-1", 100, false),
                confirmation(sell, "C-2", 200, false),
                confirmation(partly, "C-3", 20, true),
                confirmation(wrong, "C-4", 9, false),
                confirmation(buy, "C-1", 100, false),
                confirmation(partly, "C-5", 30, false));

        List<ImportedMessage> outcomes = settlement.importMessages(operator, file);

        assertThat(outcomes).extracting(ImportedMessage::applied).containsExactly(true, true, true, false, true, true);
        assertThat(outcomes.get(3).error()).startsWith("settledQuantity");
        assertThat(settlement.find(buy.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settlement.find(sell.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        // The rest of the partial settlement, in the same file, after its first part.
        assertThat(settlement.find(partly.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(settlement.find(wrong.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(broker.securities()
                        .trades()
                        .find(buy.tradeId())
                        .orElseThrow()
                        .status())
                .isEqualTo(TradeStatus.SETTLED);
        // 500 held, +100 bought, -200 sold, +50 of the partial and its rest; the wrong one still only reserved.
        assertThat(broker.posted(position)).isEqualTo(450);
        long paid = buy.settlementAmount() + buy.fees() + partly.settlementAmount() + partly.fees();
        long received = sell.settlementAmount() - sell.fees();
        assertThat(broker.posted(money)).isEqualTo(10_000_000 - paid + received);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instruction_settlements"))
                .isEqualTo(4);
        long transactions = broker.rows("SELECT COUNT(*) FROM ledger_transactions");
        long operations = broker.rows("SELECT COUNT(*) FROM platform_operations");

        List<ImportedMessage> again = settlement.importMessages(operator, file);

        assertThat(again).extracting(ImportedMessage::applied).containsExactly(true, true, true, false, true, true);
        assertThat(broker.posted(position)).isEqualTo(450);
        assertThat(broker.rows("SELECT COUNT(*) FROM ledger_transactions")).isEqualTo(transactions);
        assertThat(broker.rows("SELECT COUNT(*) FROM platform_operations")).isEqualTo(operations);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instruction_settlements"))
                .isEqualTo(4);
        assertThat(broker.securities().platform().consistency().run().rules())
                .filteredOn(
                        rule -> rule.name().contains("settle") || rule.name().contains("instruction"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allMatch(rule -> rule.violations() == 0, "no violations");
    }

    @Test
    void aPartialAndItsRestInConsecutiveChunksApplyInOrderAndARepeatAcrossChunksPostsOnce() throws Exception {
        Instruction partly = instructed(50, true);
        broker.matched(partly.reference());
        long position = broker.positionAccount(SecuritiesFixture.CLIENT, SecuritiesFixture.SHARE);
        // The first part closes chunk one; its rest and a repeat of the first part open chunk two,
        // read while chunk one is still being written.
        StringBuilder file = new StringBuilder();
        for (int i = 1; i < MessageImport.CHUNK; i++) {
            file.append("{1:F01DEMOGB2LAXXX0000000000}{2:O999}{4:\n:20:FILLER")
                    .append(i)
                    .append("\n-}\n");
        }
        file.append(mt(confirmation(partly, "C-1", 20, true)));
        file.append(mt(confirmation(partly, "C-2", 30, false), confirmation(partly, "C-1", 20, true)));
        java.nio.file.Path path = java.nio.file.Files.createTempFile("confirmations", ".mt");
        List<ImportedMessage> outcomes = new java.util.ArrayList<>();
        try {
            java.nio.file.Files.writeString(path, file);
            settlement.messageImport().importFile(operator, path, outcomes::addAll);
        } finally {
            java.nio.file.Files.deleteIfExists(path);
        }

        assertThat(outcomes).hasSize(MessageImport.CHUNK + 2);
        assertThat(outcomes.subList(MessageImport.CHUNK - 1, MessageImport.CHUNK + 2))
                .extracting(ImportedMessage::applied)
                .containsExactly(true, true, true);
        assertThat(outcomes.get(0).applied()).isFalse();
        assertThat(settlement.find(partly.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(broker.posted(position)).isEqualTo(550);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_instruction_settlements"))
                .isEqualTo(2);
    }

    @Test
    void anUnknownReferenceIsRefusedWithoutStoppingTheFile() {
        Instruction buy = instructed(100, true);
        SettlementConfirmation unknown = new SettlementConfirmation(
                "SNOSUCH",
                "C-9",
                Direction.RECEIVE,
                true,
                buy.isin(),
                BigDecimal.TEN,
                BigDecimal.TEN,
                "GBP",
                SETTLES,
                false,
                false);

        List<ImportedMessage> outcomes =
                settlement.importMessages(operator, mt(unknown, confirmation(buy, "C-1", 100, false)));

        assertThat(outcomes.get(0).error()).isEqualTo("reference: no instruction SNOSUCH");
        assertThat(outcomes.get(1).applied()).isTrue();
    }

    @Test
    void theDepositorySpeakingIso20022IsReadToo() {
        Instruction buy = instructed(100, true);
        String status = org.backoffice.securities.message.Sese024Writer.write(
                new SettlementStatus(
                        buy.reference(),
                        StatusKind.MATCHED,
                        null,
                        null,
                        java.time.Instant.parse("2026-11-26T09:00:00Z")),
                "ST-1",
                SecuritiesFixture.CREST,
                "DEMOGB2LXXX");
        String confirmed = org.backoffice.securities.message.Sese025Writer.write(
                confirmation(buy, "C-1", 100, false),
                SecuritiesFixture.CLIENT,
                SecuritiesFixture.CREST,
                SecuritiesFixture.CREST,
                "DEMOGB2LXXX",
                java.time.Instant.parse("2026-11-27T15:00:00Z"));

        List<ImportedMessage> first = settlement.importMessages(operator, status);
        List<ImportedMessage> second = settlement.importMessages(operator, confirmed);

        assertThat(first).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("sese.024"));
        assertThat(second).singleElement().satisfies(m -> assertThat(m.error()).isNull());
        assertThat(settlement.find(buy.id()).orElseThrow().status()).isEqualTo(InstructionStatus.SETTLED);
    }
}
