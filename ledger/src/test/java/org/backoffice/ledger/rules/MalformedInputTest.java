package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.AssetCode;
import org.backoffice.ledger.AssetKind;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.OpenAccount;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.backoffice.ledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request and value refuses malformed input when it is made, with a message that starts with
 * the field's name, so a bad request never reaches the ledger.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
class MalformedInputTest {
    private static final TransactionId ID = TransactionId.of(77);
    private static final Posting PAY = Posting.of(1, 2, "USD", 100);

    private static LedgerFixture fixture;
    private static LedgerState before;

    @Parameter
    TestDatabase database;

    @BeforeParameterizedClassInvocation
    static void openLedgerWithSomeHistory(TestDatabase database) {
        fixture = LedgerFixture.open(database);
        fixture.payIn(ALICE, 250_00);
        fixture.accept(fixture.pending(usd(ALICE, BANK, 20_00)));
        before = fixture.state();
    }

    @AfterParameterizedClassInvocation
    static void closeLedger() {
        fixture.close();
    }

    @AfterEach
    void nothingInTheLedgerChanged() {
        assertThat(fixture.state()).isEqualTo(before);
    }

    static Stream<Arguments> malformedValues() {
        return Stream.of(
                bad("posting of zero", "amount", () -> Posting.of(1, 2, "USD", 0)),
                bad("posting of a negative amount", "amount", () -> Posting.of(1, 2, "USD", -100)),
                bad("posting from an account to itself", "credit", () -> Posting.of(2, 2, "USD", 100)),
                bad("account id zero", "accountId", () -> AccountId.of(0)),
                bad("negative account id", "accountId", () -> AccountId.of(-1)),
                bad("transaction id zero", "transactionId", () -> TransactionId.of(0)),
                bad("negative transaction id", "transactionId", () -> TransactionId.of(-7)),
                bad("empty asset code", "assetCode", () -> AssetCode.of("")),
                bad("asset code with a space", "assetCode", () -> AssetCode.of("US D")),
                bad("asset code starting with a dash", "assetCode", () -> AssetCode.of("-USD")),
                bad("asset code of 33 characters", "assetCode", () -> AssetCode.of("A".repeat(33))),
                bad("asset code with a non-ASCII letter", "assetCode", () -> AssetCode.of("ÜSD")),
                bad("missing asset code", "assetCode", () -> AssetCode.of(null)),
                bad("negative scale", "scale", () -> Asset.currency("USD", -1)),
                bad("scale above 12", "scale", () -> new Asset(AssetCode.of("KG"), AssetKind.GOODS, 13)),
                bad("blank account code", "code", () -> openAccount("  ", "STORE1")),
                bad("missing account code", "code", () -> openAccount(null, "STORE1")),
                bad("account code of 65 characters", "code", () -> openAccount("1".repeat(65), "STORE1")),
                bad("blank owner", "owner", () -> openAccount("2010", "")),
                bad("owner with a line break", "owner", () -> openAccount("2010", "STORE\n1")),
                bad(
                        "negative overdraft limit",
                        "overdraftLimit",
                        () -> new OpenAccount(
                                AccountId.of(9),
                                "2010",
                                AssetCode.of("USD"),
                                "-",
                                Side.CREDIT,
                                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                                -1)),
                bad(
                        "overdraft limit without a balance limit",
                        "overdraftLimit",
                        () -> new OpenAccount(
                                AccountId.of(9),
                                "2010",
                                AssetCode.of("USD"),
                                "-",
                                Side.CREDIT,
                                BalanceLimit.NONE,
                                100)),
                bad(
                        "transfer without postings",
                        "postings",
                        () -> new Transfer(ID, TODAY, List.of(), false, null, Memo.NONE)),
                bad(
                        "transfer with missing postings",
                        "postings",
                        () -> new Transfer(ID, TODAY, null, false, null, Memo.NONE)),
                bad(
                        "transfer of 257 postings",
                        "postings",
                        () -> new Transfer(ID, TODAY, Collections.nCopies(257, PAY), false, null, Memo.NONE)),
                bad(
                        "timeout on a posted transfer",
                        "timeout",
                        () -> new Transfer(ID, TODAY, List.of(PAY), false, Duration.ofHours(1), Memo.NONE)),
                bad("zero timeout", "timeout", () -> Transfer.pending(ID, TODAY, Duration.ZERO, PAY)),
                bad("negative timeout", "timeout", () -> Transfer.pending(ID, TODAY, Duration.ofSeconds(-1), PAY)),
                bad(
                        "timeout beyond ten years",
                        "timeout",
                        () -> Transfer.pending(ID, TODAY, Transfer.MAX_TIMEOUT.plusSeconds(1), PAY)),
                bad(
                        "partial post of a negative amount",
                        "amounts[1]",
                        () -> PostPending.partial(ID, TransactionId.of(5), TODAY, 100L, -1L)),
                bad(
                        "partial post of nothing at all",
                        "amounts",
                        () -> PostPending.partial(ID, TransactionId.of(5), TODAY, 0L, 0L)),
                bad("transfer without value date", "valueDate", () -> Transfer.of(ID, null, PAY)),
                bad("transfer dated 1899", "valueDate", () -> Transfer.of(ID, LocalDate.of(1899, 12, 31), PAY)),
                bad("transfer dated after 9999", "valueDate", () -> Transfer.of(ID, LocalDate.of(10_000, 1, 1), PAY)),
                bad(
                        "post dated 1899",
                        "valueDate",
                        () -> PostPending.full(ID, TransactionId.of(5), LocalDate.of(1899, 1, 1))),
                bad("void without value date", "valueDate", () -> VoidPending.of(ID, TransactionId.of(5), null)),
                bad(
                        "reversal dated after 9999",
                        "valueDate",
                        () -> Reversal.of(ID, TransactionId.of(5), LocalDate.of(10_000, 1, 1))),
                bad("reference of 129 characters", "reference", () -> Memo.reference("R".repeat(129))),
                bad("reference with a tab", "reference", () -> Memo.reference("PO\t42")),
                bad("reason code of 65 characters", "reasonCode", () -> Memo.NONE.withReasonCode("C".repeat(65))),
                bad("17 metadata entries", "metadata", () -> new Memo(null, null, entries(17))),
                bad("blank metadata key", "metadata key", () -> new Memo(null, null, Map.of(" ", "x"))),
                bad(
                        "metadata value of 257 characters",
                        "metadata[note]",
                        () -> new Memo(null, null, Map.of("note", "v".repeat(257)))),
                bad("statement page of 0 lines", "pageSize", () -> StatementQuery.all(ALICE, 0)),
                bad("statement page of 10001 lines", "pageSize", () -> StatementQuery.all(ALICE, 10_001)),
                bad(
                        "statement window ending where it starts",
                        "to",
                        () -> new StatementQuery(ALICE, Instant.EPOCH, Instant.EPOCH, Optional.empty(), 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedValues")
    void aMalformedValueIsRefusedNamingTheField(ThrowingCallable make, String field) {
        assertThatIllegalArgumentException().isThrownBy(make).withMessageStartingWith(field + ":");
    }

    static Stream<Arguments> missingParts() {
        return Stream.of(
                bad("posting without debit account", "debit", () -> new Posting(null, ALICE, AssetCode.of("USD"), 1)),
                bad("posting without asset", "asset", () -> new Posting(BANK, ALICE, null, 1)),
                bad("transfer without id", "id", () -> Transfer.of(null, TODAY, PAY)),
                bad("post without pending id", "pendingId", () -> PostPending.full(ID, null, TODAY)),
                bad("reversal without original", "originalId", () -> Reversal.of(ID, null, TODAY)),
                bad(
                        "account without asset",
                        "asset",
                        () -> new OpenAccount(AccountId.of(9), "2010", null, "-", Side.CREDIT, BalanceLimit.NONE, 0)),
                bad("statement without account", "account", () -> StatementQuery.all(null, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingParts")
    void aMissingPartIsRefusedNamingTheField(ThrowingCallable make, String field) {
        assertThatNullPointerException().isThrownBy(make).withMessage(field);
    }

    static Stream<Arguments> refusedByTheLedger() {
        return Stream.of(
                bad("submitting nothing", "request", () -> fixture.ledger().submit(null)),
                bad("defining no asset", "asset", () -> fixture.ledger().defineAsset(null)),
                bad("opening no account", "account", () -> fixture.ledger().openAccount(null)),
                bad(
                        "closing a period without its end",
                        "periodEnd",
                        () -> fixture.ledger().closePeriod(null)),
                bad(
                        "closing an unknown account",
                        "accountId",
                        () -> fixture.ledger().closeAccount(AccountId.of(404))),
                bad(
                        "the statement of an unknown account",
                        "account",
                        () -> fixture.ledger().statement(StatementQuery.all(AccountId.of(404), 10))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheLedger")
    void theLedgerRefusesAMalformedCallNamingTheField(ThrowingCallable call, String field) {
        assertThatIllegalArgumentException().isThrownBy(call).withMessageStartingWith(field + ":");
    }

    static Stream<Arguments> valuesAtTheirLimits() {
        return Stream.of(
                good("asset code of 32 characters", () -> AssetCode.of("A".repeat(32))),
                good(
                        "ISIN, SKU and dotted codes",
                        () -> List.of(
                                AssetCode.of("US0378331005"), AssetCode.of("SKU-FLOUR_1/KG"), AssetCode.of("BRK.B"))),
                good("scale 0 and 12", () -> List.of(Asset.security("X1"), Asset.goods("X2", 12))),
                good(
                        "transfer of 256 postings",
                        () -> new Transfer(ID, TODAY, Collections.nCopies(256, PAY), false, null, Memo.NONE)),
                good(
                        "value dates 1900-01-01 and 9999-12-31",
                        () -> List.of(
                                Transfer.of(ID, LocalDate.of(1900, 1, 1), PAY),
                                Transfer.of(ID, LocalDate.of(9999, 12, 31), PAY))),
                good(
                        "partial post with some zero amounts",
                        () -> PostPending.partial(ID, TransactionId.of(5), TODAY, 0L, 1L)),
                good("reference of 128 characters", () -> Memo.reference("R".repeat(128))),
                good("16 metadata entries", () -> new Memo(null, null, entries(16))),
                good(
                        "statement pages of 1 and 10000 lines",
                        () -> List.of(StatementQuery.all(ALICE, 1), StatementQuery.all(ALICE, 10_000))),
                good(
                        "overdraft limit on a limited account",
                        () -> openAccount("2010", "STORE1").withOverdraftLimit(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesAtTheirLimits")
    void aValueAtItsLimitIsAccepted(ThrowingCallable make) throws Throwable {
        make.call();
    }

    private static OpenAccount openAccount(String code, String owner) {
        return new OpenAccount(
                AccountId.of(9),
                code,
                AssetCode.of("USD"),
                owner,
                Side.CREDIT,
                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS,
                0);
    }

    private static Map<String, String> entries(int count) {
        Map<String, String> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("k" + i, "v");
        }
        return entries;
    }

    private static Arguments bad(String name, String field, ThrowingCallable make) {
        return Arguments.of(Named.of(name, make), field);
    }

    private static Arguments good(String name, ThrowingCallable make) {
        return Arguments.of(Named.of(name, make));
    }
}
