package org.backoffice.banking.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.banking.clearing.ClearingBank.DE_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.FR_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.NL_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.incoming;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.message.Pacs008Reader;
import org.backoffice.banking.message.ParsedBatch;
import org.backoffice.banking.testing.BankTest;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class ClearingCyclesTest extends BankTest {
    ClearingBank clearing;

    @Override
    protected void prepare() {
        clearing = new ClearingBank(bank);
    }

    /**
     * Three counterparty banks, two currencies. USD: we send 100 to DEFF and 50 to FRPP and receive 30
     * from DEFF and 70 from NL2A. EUR: we send 200 to NL2A and receive 80 from FRPP and 20 from DEFF.
     */
    private void trade() {
        clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFFXXX", "100.00", "OUT-USD-1");
        clearing.pay(clearing.aliceUsd, FR_IBAN, "BANKFRPP", "50.00", "OUT-USD-2");
        clearing.pay(clearing.aliceEur, NL_IBAN, "BANKNL2A", "200.00", "OUT-EUR-1");
        String alice = clearing.aliceUsd.iban().value();
        String aliceEur = clearing.aliceEur.iban().value();
        String dave = clearing.daveEur.iban().value();
        ImportResult result = clearing.clearing()
                .incoming()
                .importFile(
                        operator,
                        "in.csv",
                        ClearingBank.csv(List.of(
                                incoming("IN-USD-1", DE_IBAN, "BANKDEFF", alice, "USD", "30.00"),
                                incoming("IN-USD-2", NL_IBAN, "BANKNL2AXXX", alice, "USD", "70.00"),
                                incoming("IN-EUR-1", FR_IBAN, "BANKFRPP", aliceEur, "EUR", "80.00"),
                                incoming("IN-EUR-2", DE_IBAN, "BANKDEFF", dave, "EUR", "20.00"))));
        assertThat(result.file().credited()).isEqualTo(4);
    }

    @Test
    void theNetPositionsOfEveryParticipantAreReceivedMinusSentAndCancelOutPerCurrency() {
        trade();
        ClearingCycle cycle = clearing.clearing().cycles().current(operator).orElseThrow();

        List<NetPosition> positions = clearing.clearing().cycles().positions(operator, cycle.id());

        assertThat(positions)
                .containsExactly(
                        new NetPosition("DEMOGB2L", "EUR", 20_000, 10_000),
                        new NetPosition("BANKDEFF", "EUR", 2_000, 0),
                        new NetPosition("BANKFRPP", "EUR", 8_000, 0),
                        new NetPosition("BANKNL2A", "EUR", 0, 20_000),
                        new NetPosition("DEMOGB2L", "USD", 15_000, 10_000),
                        new NetPosition("BANKDEFF", "USD", 3_000, 10_000),
                        new NetPosition("BANKFRPP", "USD", 0, 5_000),
                        new NetPosition("BANKNL2A", "USD", 7_000, 0));
        assertThat(positions.stream().map(NetPosition::net))
                .containsExactly(-10_000L, -2_000L, -8_000L, 20_000L, -5_000L, 7_000L, 5_000L, -7_000L);
    }

    @Test
    void theApprovedRunPostsExactlyTheNetAgainstTheSettlementAccountAndClosesTheCycle() {
        trade();
        long settlementUsd = clearing.house(HouseAccounts.SETTLEMENT, "USD");
        long settlementEur = clearing.house(HouseAccounts.SETTLEMENT, "EUR");
        assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, "USD")).isEqualTo(15_000);
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR")).isEqualTo(10_000);

        Document run = clearing.clearing().cycles().close(operator, null).document();

        assertThat(run.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(run.number()).startsWith("CR-HO-2026-");
        assertThat(clearing.house(HouseAccounts.SETTLEMENT, "USD")).isEqualTo(settlementUsd);
        assertThatThrownBy(() -> bank.platform().documents().approve(operator, run.id(), "mine"))
                .isInstanceOf(SecurityException.class);

        Document posted = bank.platform().documents().approve(controller, run.id(), "agreed with the clearing house");

        assertThat(posted.status()).isEqualTo(DocumentStatus.POSTED);
        // The settlement account is an asset: it falls by what the bank owes net.
        assertThat(clearing.house(HouseAccounts.SETTLEMENT, "USD") - settlementUsd)
                .isEqualTo(-5_000);
        assertThat(clearing.house(HouseAccounts.SETTLEMENT, "EUR") - settlementEur)
                .isEqualTo(-10_000);
        for (String currency : List.of("USD", "EUR")) {
            assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, currency)).isZero();
            assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, currency))
                    .isZero();
        }
        ClearingCycle closed = clearing.clearing()
                .cycles()
                .get(operator, run.body(ClearingRun.class).cycleId());
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.runId()).isEqualTo(run.id().value());
        assertThat(clearing.clearing().cycles().items(operator, closed.id(), 100))
                .extracting(CycleItem::status)
                .containsOnly("SETTLED")
                .hasSize(7);
        assertThat(clearing.clearing().cycles().current(operator)).isEmpty();

        Document next = clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "1.00", "OUT-NEXT");

        ClearingCycle second = clearing.clearing().cycles().current(operator).orElseThrow();
        assertThat(second.id()).isNotEqualTo(closed.id());
        assertThat(second.number()).isEqualTo(closed.number() + 1);
        assertThat(clearing.clearing().cycles().items(operator, second.id(), 10))
                .extracting(CycleItem::id)
                .containsExactly(next.id().value());
    }

    @Test
    void thePacs008OfEachCurrencyReadsBackAsTheCyclesOutgoingPayments() {
        trade();
        Document run = clearing.clearing().cycles().close(operator, null).document();

        List<Attachment> files = clearing.clearing().cycles().files(operator, run.id());

        assertThat(files)
                .extracting(Attachment::fileName)
                .containsExactlyInAnyOrder(
                        run.number() + "-USD.pacs008.xml",
                        run.number() + "-EUR.pacs008.xml",
                        run.number() + "-net-positions.csv");
        ParsedBatch usd = Pacs008Reader.read(content(run, files, "-USD.pacs008.xml"));
        assertThat(usd.errors()).isEmpty();
        assertThat(usd.batch().instructingBic()).isEqualTo("DEMOGB2L");
        assertThat(usd.batch().instructedBic()).isEqualTo("CLRHGB2L");
        assertThat(usd.batch().settlementDate()).isEqualTo(ClearingBank.DAY);
        assertThat(usd.batch().payments())
                .extracting(
                        ClearingPayment::endToEndId,
                        ClearingPayment::creditorIban,
                        ClearingPayment::creditorBic,
                        ClearingPayment::debtorIban,
                        ClearingPayment::debtorName,
                        p -> p.amount().compareTo(BigDecimal.ZERO) > 0
                                ? p.amount().toPlainString()
                                : "")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "OUT-USD-1",
                                DE_IBAN,
                                "BANKDEFFXXX",
                                clearing.aliceUsd.iban().value(),
                                "Alice Archer",
                                "100.00"),
                        org.assertj.core.groups.Tuple.tuple(
                                "OUT-USD-2",
                                FR_IBAN,
                                "BANKFRPP",
                                clearing.aliceUsd.iban().value(),
                                "Alice Archer",
                                "50.00"));
        ParsedBatch eur = Pacs008Reader.read(content(run, files, "-EUR.pacs008.xml"));
        assertThat(eur.batch().payments())
                .extracting(ClearingPayment::endToEndId)
                .containsExactly("OUT-EUR-1");
        String csv = content(run, files, "-net-positions.csv");
        assertThat(csv)
                .contains("DEMOGB2L,USD,150.00,100.00,-50.00")
                .contains("BANKNL2A,EUR,0.00,200.00,200.00")
                .contains("TOTAL,EUR,300.00,300.00,0.00");
    }

    private String content(Document run, List<Attachment> files, String suffix) {
        Attachment file = files.stream()
                .filter(f -> f.fileName().endsWith(suffix))
                .findFirst()
                .orElseThrow();
        return new String(
                bank.platform()
                        .attachments()
                        .content(operator, run.id(), file.sha256())
                        .orElseThrow(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aCycleWithNoPaymentsCannotBeClosedAndNeitherCanOneWhoseRunAwaitsApproval() {
        assertThatThrownBy(() -> clearing.clearing().cycles().close(operator, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("no cycle is open");
        Document payment = clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "10.00", "ONLY");
        bank.platform().documents().reverse(bank.actor("accountant.ho"), payment.id(), "client cancelled");
        assertThatThrownBy(() -> clearing.clearing().cycles().close(operator, null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("has no payments");

        clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "10.00", "SECOND");
        Document run = clearing.clearing().cycles().close(operator, null).document();
        assertThatThrownBy(() -> clearing.clearing().cycles().close(bank.actor("treasurer.ho"), null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("awaits a controller's approval")
                .hasMessageContaining(run.number());

        // Rejected, the run leaves its cycle cut; the next close makes a new run of the same cycle.
        bank.platform().documents().reject(controller, run.id(), "wrong day");
        Document again = clearing.clearing()
                .cycles()
                .close(bank.actor("treasurer.ho"), null)
                .document();
        assertThat(again.body(ClearingRun.class).cycleId())
                .isEqualTo(run.body(ClearingRun.class).cycleId());
    }

    @Test
    void aPaymentReversedWhileItsCycleIsOpenLeavesTheCycleAndPaymentsAfterTheCutGoToTheNextCycle() {
        Document kept = clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "10.00", "KEPT");
        Document reversed = clearing.pay(clearing.aliceUsd, FR_IBAN, "BANKFRPP", "20.00", "REVERSED");
        bank.platform().documents().reverse(bank.actor("accountant.ho"), reversed.id(), "client cancelled");
        long cycle =
                clearing.clearing().cycles().current(operator).orElseThrow().id();
        assertThat(clearing.clearing().cycles().items(operator, cycle, 10))
                .extracting(CycleItem::id, CycleItem::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(kept.id().value(), "PENDING"),
                        org.assertj.core.groups.Tuple.tuple(reversed.id().value(), "REVERSED"));

        Document run = clearing.clearing().cycles().close(operator, null).document();
        Document late = clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "5.00", "LATE");
        bank.platform().documents().approve(controller, run.id(), "ok");

        assertThat(run.body(ClearingRun.class).of("DEMOGB2L"))
                .containsExactly(new NetPosition("DEMOGB2L", "USD", 1_000, 0));
        assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, "USD")).isEqualTo(500);
        ClearingCycle next = clearing.clearing().cycles().current(operator).orElseThrow();
        assertThat(next.id()).isNotEqualTo(cycle);
        assertThat(clearing.clearing().cycles().items(operator, next.id(), 10))
                .extracting(CycleItem::id)
                .containsExactly(late.id().value());
    }

    @Test
    void aRunWhosePaymentWasReversedAfterTheCutIsRefusedAndClearingIsHeadOffices() {
        Document payment = clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "10.00", "P1");
        clearing.pay(clearing.aliceUsd, DE_IBAN, "BANKDEFF", "11.00", "P2");
        Document run = clearing.clearing().cycles().close(operator, null).document();
        bank.platform().documents().reverse(bank.actor("accountant.ho"), payment.id(), "recalled before settlement");

        assertThatThrownBy(() -> bank.platform().documents().approve(controller, run.id(), "ok"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("were reversed since the run was made");
        assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, "USD")).isEqualTo(1_100);

        assertThatThrownBy(() -> clearing.clearing().cycles().current(bank.actor("operator.b1")))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> clearing.clearing().cycles().close(bank.actor("controller.ho"), null))
                .isInstanceOf(SecurityException.class);
    }
}
