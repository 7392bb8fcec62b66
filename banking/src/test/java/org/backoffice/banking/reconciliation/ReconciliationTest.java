package org.backoffice.banking.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.testing.BankingFixture;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.Camt053Writer;
import org.backoffice.platform.statement.MtCashStatementWriter;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementEntry.Side;
import org.backoffice.platform.statement.StatementFormat;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One nostro account through a week: our postings on HO-1020-USD, the correspondent's camt.053 for
 * Monday-Tuesday and MT950 for Wednesday-Friday, the matches each rule makes, the breaks left, their
 * resolution, and the reconciliation report going to zero. The steps build on each other, in order.
 */
@ParameterizedClass
@MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationTest {
    static final String NOSTRO = "HO-1020-USD";
    static final String ACCOUNT = "400-123456-USD";
    static final String CORRESPONDENT = "CHASUS33";
    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate FRI = MON.plusDays(4);

    @Parameter
    TestDatabase database;

    static BankingFixture bank;
    static Reconciliation recon;
    static Actor accountant;
    static Actor operator;
    static String p1;

    @BeforeParameterizedClassInvocation
    static void open(TestDatabase database) {
        bank = BankingFixture.open(database);
        recon = bank.banking().reconciliation();
        accountant = bank.actor("accountant.ho");
        operator = bank.actor("operator.ho");
        p1 = post(MON, "INV-1001", "DEBIT", "1000.00");
        post(MON, "Supplier fee", "CREDIT", "250.00");
        post(MON, "INV-1002", "DEBIT", "500.00");
        post(MON, "INV-1003", "CREDIT", "300.00");
        post(TUE, "INV-1004", "DEBIT", "75.00");
        post(WED, "BATCH-7", "DEBIT", "20.00");
        post(WED, "BATCH-7", "DEBIT", "20.00");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        bank.close();
    }

    /** A journal voucher between the nostro and suspense; returns its number. */
    static String post(LocalDate date, String narrative, String nostroSide, String amount) {
        long units = new BigDecimal(amount).movePointRight(2).longValueExact();
        org.backoffice.ledger.Side side = org.backoffice.ledger.Side.valueOf(nostroSide);
        org.backoffice.ledger.Side other = side == org.backoffice.ledger.Side.DEBIT
                ? org.backoffice.ledger.Side.CREDIT
                : org.backoffice.ledger.Side.DEBIT;
        JournalVoucher voucher = new JournalVoucher(
                "USD",
                narrative,
                List.of(new JournalLine(NOSTRO, side, units), new JournalLine("HO-2910-USD", other, units)));
        Document document = bank.platform()
                .documents()
                .create(accountant, new NewDocument(JournalVoucherKind.TYPE, "HO", date, voucher), true, null)
                .document();
        assertThat(document.status()).isEqualTo(DocumentStatus.POSTED);
        return document.number();
    }

    static StatementEntry entry(LocalDate valueDate, Side side, String amount, String reference) {
        return StatementEntry.of(valueDate, side, new BigDecimal(amount), reference, null);
    }

    static String camt(
            String id,
            String account,
            LocalDate opening,
            String openingBalance,
            LocalDate closing,
            List<StatementEntry> entries) {
        return Camt053Writer.write(
                "MSG-" + id,
                Instant.parse("2026-11-25T06:00:00Z"),
                List.of(statement(id, account, opening, openingBalance, closing, entries)));
    }

    static String mt950(
            String id,
            String account,
            LocalDate opening,
            String openingBalance,
            LocalDate closing,
            List<StatementEntry> entries) {
        return MtCashStatementWriter.mt950(
                statement(id, account, opening, openingBalance, closing, entries), CORRESPONDENT, "DEMOGB2LXXX");
    }

    /** A USD statement whose closing balance is the opening balance moved by its entries. */
    private static AccountStatement statement(
            String id,
            String account,
            LocalDate opening,
            String openingBalance,
            LocalDate closing,
            List<StatementEntry> entries) {
        BigDecimal close = new BigDecimal(openingBalance);
        for (StatementEntry e : entries) {
            close = close.add(e.signedAmount());
        }
        return new AccountStatement(
                id, account, "USD", opening, new BigDecimal(openingBalance), closing, close, entries);
    }

    static String mondayAndTuesday() {
        return camt(
                "STMT-20261124",
                ACCOUNT,
                MON.minusDays(1),
                "0.00",
                TUE,
                List.of(
                        entry(MON, Side.CREDIT, "1000.00", p1),
                        entry(MON, Side.DEBIT, "250.00", null),
                        StatementEntry.of(TUE, Side.DEBIT, new BigDecimal("25.00"), null, "Account maintenance fee")));
    }

    @Test
    @Order(1)
    void registeringANostroChecksEveryFieldAndTheRole() {
        assertThatThrownBy(() -> recon.register(operator, new RegisterNostro(NOSTRO, CORRESPONDENT, ACCOUNT)))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> recon.register(accountant, new RegisterNostro("HO-2910-USD", "CHASE", "")))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(f -> f.field() + ": " + f.message())
                                .containsExactly(
                                        "bookNumber: HO-2910-USD is on chart line 2910; a nostro account is on 1020"
                                                + " (correspondent accounts)",
                                        "correspondentBic: must be a BIC of 8 or 11 characters, was 'CHASE'",
                                        "accountIdentification: must be 1 to 35 characters, as the statements' Acct/Id or :25:"));
        assertThat(recon.nostros(accountant)).isEmpty();

        NostroAccount nostro = recon.register(accountant, new RegisterNostro(NOSTRO, CORRESPONDENT, ACCOUNT));

        assertThat(nostro.currency()).isEqualTo("USD");
        assertThat(nostro.branch()).isEqualTo("HO");
        assertThat(recon.nostros(accountant))
                .extracting(NostroAccount::bookNumber)
                .containsExactly(NOSTRO);
        assertThat(recon.nostros(bank.actor("operator.b1"))).isEmpty();
        assertThat(bank.rows("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'NostroAccount'"))
                .isEqualTo(1);
        assertThatThrownBy(() -> recon.register(accountant, new RegisterNostro(NOSTRO, CORRESPONDENT, "OTHER")))
                .hasMessageContaining("bookNumber: HO-1020-USD is registered already");
    }

    @Test
    @Order(2)
    void theCamtStatementMatchesByReferenceAndByAmountAndLeavesTheFeeAndOurMissingPostingAsBreaks() {
        ImportResult result = recon.importFile(operator, mondayAndTuesday(), null);

        assertThat(result.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(result.refused()).isEmpty();
        StatementImport.Imported imported = result.imported().getFirst();
        assertThat(imported.gapWarning()).isNull();
        assertThat(imported.statement().closingBalance()).isEqualTo(72_500);
        // P1 by reference, P2 by amount and date; the fee entry and every Monday-Tuesday posting left over
        // (INV-1002, INV-1003, INV-1004) are breaks.
        assertThat(imported.matching()).isEqualTo(new MatchRun(2, 4, 0));
        List<Match> matches = recon.matches(operator, NOSTRO);
        assertThat(matches).extracting(Match::rule).containsExactly(MatchRule.REFERENCE, MatchRule.AMOUNT_AND_DATE);
        assertThat(matches.get(0).explanation())
                .isEqualTo("reference " + p1 + " and amount 1000.00 agree; value date 2026-11-23 agrees");
        assertThat(matches.get(1).explanation())
                .isEqualTo("amount 250.00 and value date 2026-11-23 agree, and no other unmatched entry or posting"
                        + " has both");
        List<Break> breaks = recon.breaks(operator, BreakQuery.open());
        assertThat(breaks)
                .extracting(b -> b.kind() + " " + b.side() + " " + b.amount() + " " + b.subject())
                .containsExactlyInAnyOrder(
                        "POSTING DEBIT 50000 " + number("INV-1002"),
                        "POSTING CREDIT 30000 " + number("INV-1003"),
                        "POSTING DEBIT 7500 " + number("INV-1004"),
                        "ENTRY DEBIT 2500 NONREF");
        assertThat(breaks).allSatisfy(b -> assertThat(b.owner()).isEqualTo("operator.ho"));
        // Today is Wednesday: Monday's value date is two business days old, Tuesday's one.
        assertThat(breaks)
                .filteredOn(b -> b.since().equals(MON))
                .allSatisfy(b -> assertThat(b.age()).isEqualTo(2));
        assertThat(recon.breaks(operator, new BreakQuery(NOSTRO, null, BreakStatus.OPEN, null, 2)))
                .hasSize(2);
    }

    @Test
    @Order(3)
    void theSameStatementTwiceAndAnUnregisteredAccountAreRefusedAndChangeNothing() {
        long entries = bank.rows("SELECT COUNT(*) FROM recon_entries");

        ImportResult again = recon.importFile(operator, mondayAndTuesday(), StatementFormat.CAMT053);
        ImportResult stranger = recon.importFile(
                operator,
                camt("X-1", "999-UNKNOWN", MON, "0.00", TUE, List.of(entry(MON, Side.CREDIT, "1.00", "A"))),
                null);

        assertThat(again.refused()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("statementId");
            assertThat(r.message()).isEqualTo("statement STMT-20261124 of " + ACCOUNT + " was imported before");
        });
        assertThat(stranger.refused()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("account");
            assertThat(r.message()).startsWith("999-UNKNOWN is not a registered nostro account");
        });
        assertThat(bank.rows("SELECT COUNT(*) FROM recon_entries")).isEqualTo(entries);
        assertThatThrownBy(() -> recon.importFile(bank.actor("auditor"), mondayAndTuesday(), null))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> recon.importFile(operator, "hello", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("file: ");
    }

    @Test
    @Order(4)
    void theMt950MatchesWithinTheToleranceAndManyToOneButNotBeyondTheTolerance() {
        ImportResult result = recon.importFile(
                operator,
                mt950(
                        "S2-20261127",
                        ACCOUNT,
                        TUE,
                        "725.00",
                        FRI,
                        List.of(
                                entry(WED, Side.CREDIT, "500.00", "INV-1002"),
                                entry(FRI, Side.DEBIT, "300.00", "INV-1003"),
                                entry(WED, Side.CREDIT, "40.00", "BATCH-7"))),
                StatementFormat.MT950);

        StatementImport.Imported imported = result.imported().getFirst();
        assertThat(imported.gapWarning()).isNull();
        assertThat(imported.statement().previousStatement()).isEqualTo("STMT-20261124");
        // INV-1002 two business days apart: matched, its break closed; BATCH-7 from two postings;
        // INV-1003 four business days apart: the entry becomes a break beside our posting's.
        assertThat(imported.matching()).isEqualTo(new MatchRun(2, 1, 1));
        List<Match> matches = recon.matches(operator, NOSTRO);
        assertThat(matches).extracting(Match::rule).endsWith(MatchRule.REFERENCE, MatchRule.MANY_TO_ONE);
        assertThat(matches.get(2).explanation())
                .isEqualTo("reference INV-1002 and amount 500.00 agree; value dates 2026-11-25 and 2026-11-23 are 2"
                        + " business days apart (tolerance 2)");
        assertThat(matches.get(3).postings()).hasSize(2);
        assertThat(recon.breaks(operator, new BreakQuery(NOSTRO, null, BreakStatus.RESOLVED, null, null)))
                .singleElement()
                .satisfies(b -> assertThat(b.resolution()).isEqualTo(Resolution.AUTO_MATCHED.name()));
        assertThat(recon.breaks(operator, BreakQuery.open()))
                .extracting(b -> b.kind() + " " + b.amount())
                .containsExactlyInAnyOrder("POSTING 30000", "POSTING 7500", "ENTRY 2500", "ENTRY 30000");
    }

    @Test
    @Order(5)
    void theReportShowsTheDifferenceTheOpenBreaksExplainAndNothingElse() {
        ReconciliationReport report = recon.report(operator, NOSTRO, FRI);

        assertThat(report.statementId()).isEqualTo("S2-20261127");
        assertThat(report.statementBalance()).isEqualTo(96_500);
        assertThat(report.bookBalance()).isEqualTo(106_500);
        assertThat(report.difference()).isEqualTo(10_000);
        assertThat(report.matchedCount()).isEqualTo(4);
        assertThat(report.matchedIn()).isEqualTo(154_000);
        assertThat(report.matchedOut()).isEqualTo(25_000);
        assertThat(report.openBreaks()).hasSize(4);
        assertThat(report.openEffect()).isEqualTo(10_000);
        assertThat(report.unexplained()).isEqualTo(10_000);
        assertThat(report.unaccounted()).isZero();

        // As of Tuesday INV-1002 is in transit: on our books Monday, on their statement Wednesday.
        ReconciliationReport tuesday = recon.report(operator, NOSTRO, TUE);
        assertThat(tuesday.statementBalance()).isEqualTo(72_500);
        assertThat(tuesday.inTransit()).isEqualTo(50_000);
        assertThatThrownBy(() -> recon.report(operator, NOSTRO, MON.minusDays(7)))
                .hasMessageStartingWith("date: no statement of HO-1020-USD closes on or before");
    }

    @Test
    @Order(6)
    void resolvingEveryBreakBringsTheUnexplainedDifferenceToZero() {
        List<Break> open = recon.breaks(operator, BreakQuery.open());
        Break ourInv1003 = find(open, BreakKind.POSTING, 30_000);
        Break theirInv1003 = find(open, BreakKind.ENTRY, 30_000);
        Break fee = find(open, BreakKind.ENTRY, 2_500);
        Break missing = find(open, BreakKind.POSTING, 7_500);

        // Bad resolutions are refused, naming the field, and change nothing.
        assertThatThrownBy(() -> recon.resolve(operator, missing.id(), new Resolve.WrittenOff(" ")))
                .hasMessage("reason: must be given to write a break off");
        assertThatThrownBy(() -> recon.resolve(operator, fee.id(), new Resolve.Corrected("JV-HO-2026-999999", null)))
                .hasMessage("documentNumber: there is no document JV-HO-2026-999999");
        assertThatThrownBy(() -> recon.resolve(
                        operator,
                        fee.id(),
                        new Resolve.ManualMatch(BreakItem.of(ourInv1003).posting(), null, null)))
                .hasMessageStartingWith("posting: the amounts differ (25.00 on the statement, 300.00 in our books)");
        assertThatThrownBy(() -> recon.assign(operator, fee.id(), "nobody"))
                .hasMessage("owner: there is no enabled user 'nobody'");
        assertThatThrownBy(() -> recon.resolve(bank.actor("treasurer.ho"), fee.id(), new Resolve.WrittenOff("x")))
                .isInstanceOf(SecurityException.class);
        assertThat(recon.breaks(operator, BreakQuery.open())).hasSize(4);

        Break assigned = recon.assign(operator, fee.id(), "accountant.ho");
        assertThat(assigned.owner()).isEqualTo("accountant.ho");
        assertThat(recon.breaks(operator, new BreakQuery(null, null, BreakStatus.OPEN, "accountant.ho", null)))
                .extracting(Break::id)
                .containsExactly(fee.id());

        Break matched = recon.resolve(
                operator,
                theirInv1003.id(),
                new Resolve.ManualMatch(BreakItem.of(ourInv1003).posting(), null, "late"));
        assertThat(matched.resolution()).isEqualTo(Resolution.MATCHED.name());
        assertThat(matched.resolvedBy()).isEqualTo("operator.ho");
        assertThat(recon.breakOf(operator, ourInv1003.id()).status()).isEqualTo(BreakStatus.RESOLVED);
        assertThat(recon.matches(operator, NOSTRO).getLast().rule()).isEqualTo(MatchRule.MANUAL);

        recon.resolve(operator, missing.id(), new Resolve.WrittenOff("correspondent confirms credit on 30 Nov"));
        String correction = bank.platform()
                .documents()
                .create(
                        accountant,
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                "HO",
                                TUE,
                                new JournalVoucher(
                                        "USD",
                                        "Maintenance fee",
                                        List.of(
                                                new JournalLine("HO-5030-USD", org.backoffice.ledger.Side.DEBIT, 2_500),
                                                new JournalLine(NOSTRO, org.backoffice.ledger.Side.CREDIT, 2_500)))),
                        true,
                        null)
                .document()
                .number();
        Break corrected = recon.resolve(bank.actor("accountant.ho"), fee.id(), new Resolve.Corrected(correction, null));
        assertThat(NostroBreaks.correctingDocument(corrected)).isEqualTo(correction);

        assertThat(recon.breaks(operator, BreakQuery.open())).isEmpty();
        assertThat(recon.match(operator, NOSTRO)).isEqualTo(new MatchRun(0, 0, 0));
        ReconciliationReport report = recon.report(operator, NOSTRO, FRI);
        assertThat(report.difference()).isEqualTo(7_500);
        assertThat(report.resolved()).isEqualTo(7_500);
        assertThat(report.unexplained()).isZero();
        assertThatThrownBy(() -> recon.resolve(operator, fee.id(), new Resolve.WrittenOff("again")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Order(7)
    void aStatementThatDoesNotContinueThePreviousOneIsImportedWithTheGapReported() {
        Actor branch = bank.actor("operator.b1");
        recon.register(bank.actor("admin"), new RegisterNostro("B1-1020-USD", "DEUTDEFF", "DE-NOSTRO-1"));
        recon.importFile(
                branch, camt("B1-1", "DE-NOSTRO-1", MON.minusDays(1), "0.00", MON, List.of()), StatementFormat.CAMT053);

        ImportResult second = recon.importFile(
                branch, mt950("B1-2", "DE-NOSTRO-1", MON, "120.00", TUE, List.of()), StatementFormat.MT950);

        StatementImport.Imported imported = second.imported().getFirst();
        assertThat(imported.statement().gap()).isEqualTo(12_000);
        assertThat(imported.gapWarning())
                .isEqualTo("openingBalance: 120.00 does not continue statement B1-1, which closed at 0.00: a gap of"
                        + " 120.00 USD");
        ReconciliationReport report = recon.report(branch, "B1-1020-USD", TUE);
        assertThatThrownBy(() -> recon.report(operator, "B1-1020-USD", TUE))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(report.gaps()).isEqualTo(12_000);
        assertThat(report.unaccounted()).isEqualTo(-12_000);
    }

    private String number(String narrative) {
        return bank
                .platform()
                .documents()
                .list(accountant, org.backoffice.platform.document.DocumentQuery.firstPage(100))
                .items()
                .stream()
                .filter(d ->
                        d.body() instanceof JournalVoucher v && v.narrative().equals(narrative))
                .map(Document::number)
                .findFirst()
                .orElseThrow();
    }

    private static Break find(List<Break> breaks, BreakKind kind, long amount) {
        return breaks.stream()
                .filter(b -> b.kind().equals(kind.name()) && b.amount() == amount)
                .findFirst()
                .orElseThrow();
    }
}
