package org.backoffice.securities.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Camt053Reader;
import org.backoffice.platform.statement.Camt053Writer;
import org.backoffice.platform.statement.Holding;
import org.backoffice.platform.statement.HoldingsStatement;
import org.backoffice.platform.statement.Mt535Reader;
import org.backoffice.platform.statement.Mt535Writer;
import org.backoffice.platform.statement.MtTransactionStatementReader;
import org.backoffice.platform.statement.MtTransactionStatementWriter;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementTransaction;
import org.backoffice.platform.statement.StatementTransaction.Direction;
import org.backoffice.platform.statement.TransactionStatement;
import org.backoffice.reporting.ReportFormat;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.junit.jupiter.api.Test;

class SecuritiesReconciliationTest extends BrokerTest {
    private static final String DEPOSITORY_BIC = SecuritiesFixture.CREST;
    private static final String OMNIBUS = "CREST-OMNI-HO";
    private static final String BANK_ACCOUNT = "GB29NWBK60161331926819";

    SecuritiesReconciliation reconciliation;

    @Override
    protected void prepare() {
        reconciliation = broker.securities().reconciliation();
        broker.stockClient();
        reconciliation.registerFirmAccount(controller, OMNIBUS, "HO");
        reconciliation.registerFirmAccount(controller, BANK_ACCOUNT, "HO");
    }

    /** The statement as the depository sends it: written as MT535 and read back. */
    private static HoldingsStatement mt535(String ref, String account, long shares) {
        HoldingsStatement statement = new HoldingsStatement(
                ref,
                account,
                SecuritiesFixture.TODAY,
                List.of(new Holding(SecuritiesFixture.SHARE, BigDecimal.valueOf(shares), false)));
        return Mt535Reader.read(Mt535Writer.write(statement, DEPOSITORY_BIC, "DEMOGB2LXXX"));
    }

    private static TransactionStatement mt536(String ref, List<StatementTransaction> lines) {
        TransactionStatement statement = new TransactionStatement(
                ref, SecuritiesFixture.CLIENT, SecuritiesFixture.TODAY, SecuritiesFixture.TODAY, false, lines);
        return MtTransactionStatementReader.read(
                MtTransactionStatementWriter.write(statement, DEPOSITORY_BIC, "DEMOGB2LXXX"));
    }

    @Test
    void aPositionThatDiffersIsABreakThatItsOwnerResolves() {
        ReconciliationResult result = reconciliation.positions(operator, mt535("HOLD1", SecuritiesFixture.CLIENT, 480));

        assertThat(result.opened()).hasSize(1);
        Break opened = result.opened().get(0);
        assertThat(opened.kind()).isEqualTo(BreakKind.POSITION.name());
        assertThat(opened.subject()).isEqualTo(SecuritiesFixture.SHARE);
        assertThat(opened.account()).isEqualTo(SecuritiesFixture.CLIENT);
        assertThat(opened.ours()).isEqualTo(500);
        assertThat(opened.theirs()).isEqualTo(480);
        assertThat(opened.amount()).isEqualTo(-20);
        assertThat(opened.statementRef()).isEqualTo("HOLD1");
        assertThat(opened.status()).isEqualTo(BreakStatus.OPEN);

        Break assigned = reconciliation.assign(controller, opened.id(), "operator.ho");
        assertThat(assigned.owner()).isEqualTo("operator.ho");
        assertThat(assigned.status()).isEqualTo(BreakStatus.ASSIGNED);
        assertThatThrownBy(() -> reconciliation.resolve(operator, opened.id(), "  "))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("resolution");
        assertThat(reconciliation.breaks(operator, BreakQuery.open())).hasSize(1);

        Break resolved = reconciliation.resolve(operator, opened.id(), "20 shares in transit from the old custodian");

        assertThat(resolved.status()).isEqualTo(BreakStatus.RESOLVED);
        assertThat(resolved.note()).isEqualTo("20 shares in transit from the old custodian");
        assertThat(resolved.resolvedBy()).isEqualTo("operator.ho");
        assertThat(resolved.resolvedAt()).isEqualTo(SecuritiesFixture.START);
        assertThat(reconciliation.breaks(operator, BreakQuery.open())).isEmpty();
        assertThatThrownBy(() -> reconciliation.resolve(controller, opened.id(), "again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resolved already");
    }

    @Test
    void onlyTheOwnerOrAControllerResolvesAndOnlyAControllerAssigns() {
        Break opened = reconciliation
                .positions(operator, mt535("HOLD2", SecuritiesFixture.CLIENT, 499))
                .opened()
                .get(0);

        assertThatThrownBy(() -> reconciliation.assign(operator, opened.id(), "operator.ho"))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> reconciliation.resolve(operator, opened.id(), "fixed"))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> reconciliation.assign(controller, opened.id(), "nobody.at.all"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("owner");
        // A user of another branch does not see the head office's break.
        assertThatThrownBy(() -> reconciliation.resolve(broker.actor("controller.b1"), opened.id(), "fixed"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("no such break");
        assertThat(reconciliation.breaks(operator, BreakQuery.open()).get(0).status())
                .isEqualTo(BreakStatus.OPEN);
    }

    @Test
    void theOmnibusAccountIsComparedWithTheBranchLineOfTheDepository() {
        broker.deposit(SecuritiesFixture.CLIENT_B1, SecuritiesFixture.SHARE, 70);

        // HO's 1110 holds the 500 of the head office's client only; B1's 70 sit at B1.
        assertThat(reconciliation
                        .positions(operator, mt535("OMNI1", OMNIBUS, 500))
                        .opened())
                .isEmpty();
        ReconciliationResult off = reconciliation.positions(operator, mt535("OMNI2", OMNIBUS, 570));
        assertThat(off.opened())
                .extracting(Break::ours, Break::theirs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(500L, 570L));
    }

    @Test
    void theSameStatementTwiceOpensNoBreakTwice() {
        HoldingsStatement statement = mt535("HOLD3", SecuritiesFixture.CLIENT, 480);
        reconciliation.positions(operator, statement);

        ReconciliationResult again = reconciliation.positions(operator, statement);

        assertThat(again.opened()).isEmpty();
        assertThat(again.alreadyKnown()).isEqualTo(1);
        assertThat(broker.rows("SELECT COUNT(*) FROM reconciliation_breaks WHERE source = 'SECURITIES'"))
                .isEqualTo(1);
    }

    @Test
    void aSettledTransactionWeDoNotHaveAndOneWeHaveNotSettledAreBreaks() {
        Trade ours = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, 100, "12"))
                .trade();
        TransactionStatement statement = mt536(
                "TXS1",
                List.of(
                        new StatementTransaction(
                                "UNKNOWN9",
                                SecuritiesFixture.SHARE,
                                new BigDecimal("40"),
                                Direction.RECEIVE,
                                SecuritiesFixture.TODAY,
                                null),
                        new StatementTransaction(
                                ours.tradeRef(),
                                SecuritiesFixture.SHARE,
                                new BigDecimal("100"),
                                Direction.RECEIVE,
                                SecuritiesFixture.TODAY,
                                null)));

        ReconciliationResult result = reconciliation.transactions(operator, statement);

        assertThat(result.opened())
                .extracting(Break::subject, Break::detail, Break::ours, Break::theirs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN9", "missing on our side", 0L, 40L),
                        org.assertj.core.groups.Tuple.tuple(
                                ours.tradeRef(), "status: settled there, NEW here", 0L, 100L));
        assertThat(result.opened()).allMatch(b -> b.kind().equals(BreakKind.TRANSACTION.name()));
        assertThat(reconciliation.transactions(operator, statement).opened()).isEmpty();
    }

    @Test
    void aCashStatementWhoseClosingBalanceDiffersIsACashBreak() {
        AccountStatement sent = new AccountStatement(
                "CAMT1",
                BANK_ACCOUNT,
                "GBP",
                SecuritiesFixture.TODAY,
                new BigDecimal("100000.00"),
                SecuritiesFixture.TODAY,
                new BigDecimal("99990.00"),
                List.of(StatementEntry.of(
                        SecuritiesFixture.TODAY,
                        StatementEntry.Side.DEBIT,
                        new BigDecimal("10.00"),
                        "BANKFEE7",
                        "account fee")));
        String xml = Camt053Writer.write("MSG1", SecuritiesFixture.START, List.of(sent));
        AccountStatement statement = Camt053Reader.read(xml).get(0);

        ReconciliationResult result = reconciliation.cash(operator, statement);

        assertThat(result.statementRef()).isEqualTo("CAMT1");
        assertThat(result.opened())
                .extracting(Break::subject, Break::detail, Break::ours, Break::theirs, Break::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GBP", "closing balance", 10_000_000L, 9_999_000L, -1_000L),
                        org.assertj.core.groups.Tuple.tuple(
                                "BANKFEE7", "entry missing on our side", 0L, -1_000L, -1_000L));
        assertThat(result.opened())
                .allMatch(b ->
                        b.kind().equals(BreakKind.CASH.name()) && b.account().equals(BANK_ACCOUNT));
        assertThat(reconciliation.cash(operator, statement).opened()).isEmpty();
        assertThat(broker.rows("SELECT COUNT(*) FROM reconciliation_breaks WHERE kind = 'CASH'"))
                .isEqualTo(2);
    }

    @Test
    void aCashStatementThatAgreesOpensNoBreak() {
        AccountStatement statement = cashStatement("CAMT2", BANK_ACCOUNT, "100000.00");

        assertThat(reconciliation.cash(operator, statement).opened()).isEmpty();
        assertThatThrownBy(() -> reconciliation.cash(operator, cashStatement("CAMT3", SecuritiesFixture.CLIENT, "1")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("account");
        assertThatThrownBy(() -> reconciliation.cash(operator, cashStatement("CAMT4", BANK_ACCOUNT, "100000.001")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("closingBalance: has more than 2 decimal places for GBP, was 100000.001");
    }

    private static AccountStatement cashStatement(String id, String account, String balance) {
        return new AccountStatement(
                id,
                account,
                "GBP",
                SecuritiesFixture.TODAY,
                new BigDecimal(balance),
                SecuritiesFixture.TODAY,
                new BigDecimal(balance),
                List.of());
    }

    @Test
    void aStatementOfAnAccountWeDoNotKnowIsRefused() {
        assertThatThrownBy(() -> reconciliation.positions(operator, mt535("HOLD4", "NOSUCHACCT", 1)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("safekeepingAccount")
                .hasMessageContaining("neither a depo account nor a registered firm account");
        assertThat(broker.rows("SELECT COUNT(*) FROM reconciliation_breaks")).isZero();
    }

    @Test
    void theReportCountsOpenBreaksByOwnerAndAge() {
        Break first = reconciliation
                .positions(operator, mt535("HOLD5", SecuritiesFixture.CLIENT, 480))
                .opened()
                .get(0);
        reconciliation.assign(controller, first.id(), "operator.ho");
        // From Wednesday to Monday: three business days, not five calendar days.
        broker.clock().advance(Duration.ofDays(5));
        reconciliation.positions(operator, mt535("HOLD6", SecuritiesFixture.CLIENT, 490));

        var table = reconciliation.report(operator);

        assertThat(table.rows())
                .containsExactly(
                        List.of("(unassigned)", 1L, 0L, 0L, 0L, 1L), List.of("operator.ho", 0L, 1L, 0L, 0L, 1L));
        assertThat(table.totals()).containsExactly(List.of("Total", 1L, 1L, 0L, 0L, 2L));
        assertThat(reconciliation.breaks(operator, BreakQuery.open()).get(0).age())
                .isEqualTo(3);
        String csv = new String(reconciliation.report(operator, ReportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("operator.ho").contains("2-5 days");
        byte[] pdf = reconciliation.report(operator, ReportFormat.PDF);
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(reconciliation.report(operator, ReportFormat.XLSX)).isNotEmpty();
    }
}
