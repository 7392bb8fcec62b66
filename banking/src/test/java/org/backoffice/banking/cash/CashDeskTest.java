package org.backoffice.banking.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.testing.BankTest;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.junit.jupiter.api.Test;

class CashDeskTest extends BankTest {
    static final String DESK = "B1-1010-USD-D01";
    static final String VAULT = "B1-1040-USD";

    CashDesk cash;
    CustomerAccount carol;

    @Override
    protected void prepare() {
        cash = bank.banking().cash();
        cash.setUp(bank.actor("admin"), "B1", "D01", "Counter one");
        cash.setUp(bank.actor("accountant.ho"), "HO", "D01", "Head office counter");
        stockVault("B1", "50000.00");
        carol = bank.account(bank.person("B1", "Carol", "Cooper"), "USD", "CURRENT");
        bank.fund(carol, "1000.00");
    }

    @Test
    void aFullShiftOpensWithAFloatTakesCashInAndOutCountsAShortageAndReturnsTheCashToTheVault() {
        long vaultBefore = bank.balance(VAULT);
        long shortageBefore = bank.balance("B1-5040-USD");
        long feesBefore = bank.balance("B1-4020-USD");

        Shift shift = cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "2000.00"));
        assertThat(shift.status()).isEqualTo(ShiftStatus.OPEN);
        assertThat(bank.balance(DESK)).isEqualTo(200_000);
        assertThat(bank.balance(VAULT)).isEqualTo(vaultBefore - 200_000);

        Document in = receipt("500.00", carol.iban().value(), null).document();
        Document fee = receipt("25.00", null, "B1-4020-USD").document();
        Document out = cash.disburse(bank.actor("operator.b1"), "B1", disbursement("300.00", "PA1234567"), null)
                .document();
        assertThat(List.of(in.status(), fee.status(), out.status())).containsOnly(DocumentStatus.POSTED);
        assertThat(in.number()).startsWith("CRO-B1-2026-");
        assertThat(out.number()).startsWith("CDO-B1-2026-");
        assertThat(out.body(CashDisbursement.class).idDocument()).isEqualTo("PA1234567");
        assertThat(bank.balance(DESK)).isEqualTo(222_500);
        assertThat(bank.balance(carol)).isEqualTo(100_000 + 50_000 - 30_000);
        assertThat(bank.balance("B1-4020-USD") - feesBefore).isEqualTo(2_500);

        // 2,220.00 counted against 2,225.00 in the book: 5.00 short, below the threshold, posts at once.
        ShiftClosed closed = cash.closeShift(
                bank.actor("operator.b1"),
                shift.id(),
                List.of(
                        new PieceCount("USD", 10000, 20),
                        new PieceCount("USD", 2000, 10),
                        new PieceCount("USD", 500, 4)),
                true);

        assertThat(closed.shift().status()).isEqualTo(ShiftStatus.CLOSED);
        assertThat(closed.document().status()).isEqualTo(DocumentStatus.POSTED);
        assertThat(closed.document().number()).startsWith("SC-B1-2026-");
        assertThat(closed.document().body(ShiftClosing.class).lines())
                .containsExactly(new CloseLine("USD", 222_500, 222_000, -500, 222_000));
        assertThat(bank.balance(DESK)).isZero();
        assertThat(bank.balance(VAULT)).isEqualTo(vaultBefore - 200_000 + 222_000);
        assertThat(bank.balance("B1-5040-USD") - shortageBefore).isEqualTo(500);

        // A closed shift takes no documents.
        assertRefused(() -> receipt("1.00", carol.iban().value(), null), "desk", "no open shift");

        CashBook book = cash.cashBook(bank.actor("controller.b1"), "B1", "D01", bank.today());
        CashBookSection usd = book.sections().get(0);
        assertThat(book.sections()).hasSize(1);
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.opening()).isZero();
        assertThat(usd.received()).isEqualTo(200_000 + 50_000 + 2_500);
        assertThat(usd.paidOut()).isEqualTo(30_000 + 500 + 222_000);
        assertThat(usd.closing()).isEqualTo(bank.balance(DESK)).isZero();
        assertThat(usd.ties()).isTrue();
        assertThat(usd.lines())
                .extracting(CashBookLine::type)
                .containsExactly(
                        ShiftOpenKind.TYPE,
                        CashReceiptOrderKind.TYPE,
                        CashReceiptOrderKind.TYPE,
                        CashDisbursementOrderKind.TYPE,
                        ShiftCloseKind.TYPE,
                        ShiftCloseKind.TYPE);
        assertThat(usd.lines().get(1).number()).isEqualTo(in.number());
        assertThat(usd.lines().get(1).counterparty()).contains(carol.iban().value());
        assertThat(usd.lines().get(3).paidOut()).isEqualTo(30_000);
        assertThat(usd.lines().get(3).balance()).isEqualTo(222_500);
        ShiftSummary summary = book.shifts().get(0);
        assertThat(summary.closeNumber()).isEqualTo(closed.document().number());
        assertThat(summary.counts())
                .containsExactly(
                        new PieceCount("USD", 10000, 20),
                        new PieceCount("USD", 2000, 10),
                        new PieceCount("USD", 500, 4));
        assertThat(summary.lines()).extracting(CloseLine::difference).containsExactly(-500L);
    }

    @Test
    void aCountThatTiesWithTheCashStayingClosesWithoutADocumentAndTheNextShiftOpensWithoutAFloat() {
        Shift first = cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "150.25"));
        long documents = bank.rows("SELECT COUNT(*) FROM documents");

        ShiftClosed closed = cash.closeShift(
                bank.actor("operator.b1"),
                first.id(),
                List.of(new PieceCount("USD", 10000, 1), new PieceCount("USD", 5000, 1), new PieceCount("USD", 25, 1)),
                false);

        assertThat(closed.document()).isNull();
        assertThat(closed.shift().status()).isEqualTo(ShiftStatus.CLOSED);
        assertThat(bank.rows("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        assertThat(bank.rows("SELECT COUNT(*) FROM cash_counts WHERE shift_id = ?", first.id()))
                .isEqualTo(3);
        assertThat(bank.balance(DESK)).isEqualTo(15_025);

        Shift second = cash.openShift(bank.actor("operator.b1"), "B1", "D01", List.of());
        assertThat(second.openDocument()).isNull();
        assertThat(second.status()).isEqualTo(ShiftStatus.OPEN);
        assertThat(bank.balance(DESK)).isEqualTo(15_025);
    }

    @Test
    void aDifferenceFromTheThresholdUpWaitsForAControllerAndTheMakerCannotApproveIt() {
        Shift shift = cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "1000.00"));
        long shortageBefore = bank.balance("B1-5040-USD");

        ShiftClosed closing =
                cash.closeShift(bank.actor("operator.b1"), shift.id(), List.of(new PieceCount("USD", 10000, 9)), true);

        assertThat(closing.document().status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(closing.shift().status()).isEqualTo(ShiftStatus.CLOSING);
        assertThat(bank.balance(DESK)).isEqualTo(100_000);
        assertRefused(() -> receipt("1.00", carol.iban().value(), null), "desk", "closing");
        assertThatThrownBy(() -> bank.platform()
                        .documents()
                        .approve(bank.actor("operator.b1"), closing.document().id(), "mine"))
                .isInstanceOf(SecurityException.class);
        assertRefused(
                () -> cash.closeShift(bank.actor("operator.b1"), shift.id(), List.of(), true),
                "shiftId",
                "awaits a controller");

        bank.platform()
                .documents()
                .approve(bank.actor("controller.b1"), closing.document().id(), "recounted");

        assertThat(cash.shift(bank.actor("operator.b1"), shift.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ShiftStatus.CLOSED);
        assertThat(bank.balance("B1-5040-USD") - shortageBefore).isEqualTo(10_000);
        assertThat(bank.balance(DESK)).isZero();
    }

    @Test
    void badCountsAreRefusedNamingTheFieldAndChangeNothing() {
        Shift shift = cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "100.00"));
        long documents = bank.rows("SELECT COUNT(*) FROM documents");

        assertRefused(
                () -> cash.closeShift(
                        bank.actor("operator.b1"), shift.id(), List.of(new PieceCount("USD", 10000, -1)), true),
                "counts[0].pieces",
                "zero or more");
        assertRefused(
                () -> cash.closeShift(
                        bank.actor("operator.b1"), shift.id(), List.of(new PieceCount("USD", 300, 1)), true),
                "counts[0].denomination",
                "not a USD note or coin");
        assertRefused(
                () -> cash.closeShift(
                        bank.actor("operator.b1"),
                        shift.id(),
                        List.of(new PieceCount("USD", 100, 1), new PieceCount("USD", 100, 2)),
                        true),
                "counts[1]",
                "counted twice");
        assertRefused(
                () -> cash.closeShift(
                        bank.actor("operator.b1"), shift.id(), List.of(new PieceCount("JPY", 1000, 1)), true),
                "counts[0].currency",
                "JPY");

        assertThat(bank.rows("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        assertThat(cash.shift(bank.actor("operator.b1"), shift.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ShiftStatus.OPEN);
        assertThat(bank.balance(DESK)).isEqualTo(10_000);
    }

    @Test
    void oneShiftPerDeskAndPerCashierAndOnlyCashiersOpenThem() {
        bank.platform()
                .users()
                .create(
                        bank.actor("admin"),
                        new NewUser("teller.b1", "Second teller", Set.of(Role.OPERATOR), Set.of("B1"), false),
                        "a long enough password");
        cash.setUp(bank.actor("admin"), "B1", "D02", "Counter two");
        cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "100.00"));
        long vault = bank.balance(VAULT);

        assertRefused(
                () -> cash.openShift(bank.actor("teller.b1"), "B1", "D01", floats("USD", "100.00")),
                "desk",
                "already has a shift of operator.b1");
        assertRefused(
                () -> cash.openShift(bank.actor("operator.b1"), "B1", "D02", List.of()),
                "desk",
                "operator.b1 already has a shift at desk D01");
        assertThatThrownBy(() -> cash.openShift(bank.actor("accountant.ho"), "HO", "D01", List.of()))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> cash.openShift(bank.actor("operator.b2"), "B1", "D02", List.of()))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> cash.setUp(bank.actor("operator.b1"), "B1", "D03", "Counter three"))
                .isInstanceOf(SecurityException.class);
        assertRefused(() -> cash.setUp(bank.actor("admin"), "B1", "d-1", "Counter"), "code", "upper-case");
        assertThat(bank.balance(VAULT)).isEqualTo(vault);

        // The second teller works the other desk; a document at a desk without their shift is refused.
        cash.openShift(bank.actor("teller.b1"), "B1", "D02", floats("USD", "50.00"));
        assertRefused(
                () -> cash.receive(
                        bank.actor("teller.b1"),
                        "B1",
                        new ReceiptOrder(
                                "D01",
                                "USD",
                                new BigDecimal("1.00"),
                                carol.iban().value(),
                                null,
                                null,
                                null,
                                null),
                        null),
                "desk",
                "teller.b1 has no open shift at desk D01");
    }

    @Test
    void cashOrdersRefuseWhatTheDeskCannotServeNamingTheField() {
        cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "500.00"));
        CustomerAccount headOffice = bank.account(bank.person("HO", "Hugo", "Hart"), "USD", "CURRENT");
        bank.fund(headOffice, "100.00");
        CustomerAccount euros = bank.account(bank.person("B1", "Erin", "Eve"), "EUR", "CURRENT");
        long documents = bank.rows("SELECT COUNT(*) FROM documents");

        assertRefused(
                () -> cash.disburse(bank.actor("operator.b1"), "B1", disbursement("1000.01", "PA1"), null),
                "debitIban",
                "1000.00 USD available");
        assertThat(bank.rows("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        bank.fund(carol, "5000.00");
        documents = bank.rows("SELECT COUNT(*) FROM documents");
        assertRefused(
                () -> cash.disburse(bank.actor("operator.b1"), "B1", disbursement("600.00", "PA1"), null),
                "desk",
                "holds 500.00 USD");
        assertRefused(
                () -> cash.disburse(bank.actor("operator.b1"), "B1", disbursement("10.00", " "), null),
                "idDocument",
                "must be given");
        assertRefused(() -> receipt("10.00", headOffice.iban().value(), null), "creditIban", "kept at branch HO");
        assertRefused(() -> receipt("10.00", euros.iban().value(), null), "creditIban", "kept in EUR");
        assertRefused(() -> receipt("10.00", null, null), "creditIban", "neither");
        assertRefused(() -> receipt("10.00", null, "B1-2910-USD"), "incomeAccount", "income account");
        assertRefused(() -> receipt("-1.00", carol.iban().value(), null), "amount", "greater than zero");
        assertRefused(() -> receipt("1.001", carol.iban().value(), null), "amount", "decimal places");

        assertThat(bank.rows("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        assertThat(bank.balance(DESK)).isEqualTo(50_000);
    }

    @Test
    void aLargeDisbursementWaitsForACheckerAndCashMovesBetweenDeskVaultAndHeadOffice() {
        bank.fund(carol, "20000.00");
        cash.openShift(bank.actor("operator.b1"), "B1", "D01", floats("USD", "9000.00"));
        cash.collect(
                bank.actor("operator.b1"),
                "B1",
                new CollectionOrder(CashRoute.VAULT_TO_DESK, "D01", "USD", new BigDecimal("3000.00")),
                null);
        assertThat(bank.balance(DESK)).isEqualTo(1_200_000);

        Document waiting = cash.disburse(bank.actor("operator.b1"), "B1", disbursement("12000.00", "PA77"), null)
                .document();
        assertThat(waiting.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(bank.balance(DESK)).isEqualTo(1_200_000);
        bank.platform().documents().approve(bank.actor("controller.b1"), waiting.id(), "id checked");
        assertThat(bank.balance(DESK)).isZero();

        long vault = bank.balance(VAULT);
        long headVault = bank.balance("HO-1040-USD");
        long interbranch = bank.balance("B1-1910-USD");
        long headInterbranch = bank.balance("HO-1910-USD");
        Document toHead = cash.collect(
                        bank.actor("operator.b1"),
                        "B1",
                        new CollectionOrder(CashRoute.VAULT_TO_HEAD_OFFICE, null, "USD", new BigDecimal("4000.00")),
                        null)
                .document();
        assertThat(toHead.number()).startsWith("CT-B1-2026-");
        assertThat(bank.balance(VAULT)).isEqualTo(vault - 400_000);
        assertThat(bank.balance("HO-1040-USD")).isEqualTo(headVault + 400_000);
        // Each branch's books balance on their own: B1 is owed by head office, which owes B1.
        assertThat(bank.balance("B1-1910-USD")).isEqualTo(interbranch + 400_000);
        assertThat(bank.balance("HO-1910-USD")).isEqualTo(headInterbranch - 400_000);

        assertRefused(
                () -> cash.collect(
                        bank.actor("operator.b1"),
                        "B1",
                        new CollectionOrder(
                                CashRoute.HEAD_OFFICE_TO_VAULT,
                                null,
                                "USD",
                                new BigDecimal("4000.01").add(BigDecimal.valueOf(headVault, 2))),
                        null),
                "route",
                "HO-1040-USD holds " + BigDecimal.valueOf(headVault + 400_000, 2) + " USD");
        assertRefused(
                () -> cash.collect(
                        bank.actor("operator.b1"),
                        "B1",
                        new CollectionOrder(CashRoute.DESK_TO_VAULT, "D01", "USD", new BigDecimal("1.00")),
                        null),
                "desk",
                "holds 0.00 USD");
    }

    private org.backoffice.platform.document.DocumentResult receipt(String amount, String iban, String income) {
        return cash.receive(
                bank.actor("operator.b1"),
                "B1",
                new ReceiptOrder("D01", "USD", new BigDecimal(amount), iban, income, "Carol Cooper", null, "deposit"),
                null);
    }

    private DisbursementOrder disbursement(String amount, String idDocument) {
        return new DisbursementOrder(
                "D01", "USD", new BigDecimal(amount), carol.iban().value(), "Carol Cooper", idDocument, "withdrawal");
    }

    private static List<FloatLine> floats(String currency, String amount) {
        return List.of(new FloatLine(currency, new BigDecimal(amount)));
    }

    /** Puts cash into the branch vault from suspense, as the opening of the vault's books would. */
    private void stockVault(String branch, String amount) {
        long units = new BigDecimal(amount).movePointRight(2).longValueExact();
        JournalVoucher voucher = new JournalVoucher(
                "USD",
                "cash delivered to the vault",
                List.of(
                        new JournalLine(HouseAccounts.number(branch, HouseAccounts.VAULT, "USD"), Side.DEBIT, units),
                        new JournalLine(
                                HouseAccounts.number(branch, HouseAccounts.SUSPENSE, "USD"), Side.CREDIT, units)));
        Document document = bank.platform()
                .documents()
                .create(
                        bank.actor("operator." + branch.toLowerCase(java.util.Locale.ROOT)),
                        new NewDocument(JournalVoucherKind.TYPE, branch, bank.today(), voucher),
                        true,
                        null)
                .document();
        if (document.status() != DocumentStatus.POSTED) {
            bank.platform().documents().approve(bank.actor("controller.b1"), document.id(), "vault stocked");
        }
    }

    private static void assertRefused(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo(field);
                            assertThat(f.message()).contains(message);
                        }));
    }
}
