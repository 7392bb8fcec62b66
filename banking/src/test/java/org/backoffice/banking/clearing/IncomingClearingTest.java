package org.backoffice.banking.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.banking.clearing.ClearingBank.DE_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.incoming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.message.ClearingBatch;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.message.Pacs008Writer;
import org.backoffice.banking.testing.BankTest;
import org.backoffice.platform.document.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class IncomingClearingTest extends BankTest {
    static final String UNKNOWN = Iban.of("GB", "DEMO40000099999999").value();

    ClearingBank clearing;
    CustomerAccount frozen;
    /** Head office's EUR suspense before any import: the fixture funds accounts out of it. */
    long suspense;

    @Override
    protected void prepare() {
        clearing = new ClearingBank(bank);
        frozen = bank.account(bank.person("HO", "Fred", "Frost"), "EUR", "CURRENT");
        bank.banking().accounts().freeze(operator, frozen.iban().value(), "court order");
        suspense = clearing.house(HouseAccounts.SUSPENSE, "EUR");
    }

    @Test
    void aCsvFileCreditsGoodPaymentsHoldsTheRestInSuspenseAndReportsTheUnreadableLine() {
        String csv = new String(
                        ClearingBank.csv(List.of(
                                incoming("GOOD-1", DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", "12.50"),
                                incoming("GOOD-B1", DE_IBAN, "BANKDEFF", iban(clearing.daveEur), "EUR", "7.00"),
                                incoming("UNKNOWN", DE_IBAN, "BANKDEFF", UNKNOWN, "EUR", "1.00"),
                                incoming("FROZEN", DE_IBAN, "BANKDEFF", iban(frozen), "EUR", "2.00"),
                                incoming("MISMATCH", DE_IBAN, "BANKDEFF", iban(clearing.aliceUsd), "EUR", "3.00"))),
                        StandardCharsets.UTF_8)
                + "BAD,Debtor,DE89370400440532013000,BANKDEFF,Ben,GB00X,DEMOGB2L,EUR,12;50,2026-11-25,\r\n";
        long aliceBefore = bank.balance(clearing.aliceEur);

        ImportResult result = clearing.clearing()
                .incoming()
                .importFile(
                        operator,
                        "incoming-2026-11-25.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        ClearingFormat.CSV,
                        ImportProgress.NONE);

        assertThat(result.resumed()).isFalse();
        assertThat(result.file().status()).isEqualTo("IMPORTED");
        assertThat(result.file().credited()).isEqualTo(2);
        assertThat(result.file().suspended()).isEqualTo(3);
        assertThat(result.file().unreadable()).isEqualTo(1);
        assertThat(result.rows())
                .extracting(ImportRow::item, ImportRow::outcome, ImportRow::endToEndId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "CREDITED", "GOOD-1"),
                        org.assertj.core.groups.Tuple.tuple(3, "CREDITED", "GOOD-B1"),
                        org.assertj.core.groups.Tuple.tuple(4, "SUSPENSE", "UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple(5, "SUSPENSE", "FROZEN"),
                        org.assertj.core.groups.Tuple.tuple(6, "SUSPENSE", "MISMATCH"),
                        org.assertj.core.groups.Tuple.tuple(7, "UNREADABLE", null));
        assertThat(result.rows().get(2).detail()).contains("no account " + UNKNOWN);
        assertThat(result.rows().get(3).detail()).contains("is frozen");
        assertThat(result.rows().get(4).detail()).contains("kept in USD, the payment is in EUR");
        assertThat(result.rows().get(5).detail()).contains("amount").contains("12;50");
        assertThat(bank.balance(clearing.aliceEur) - aliceBefore).isEqualTo(1_250);
        assertThat(bank.balance(clearing.daveEur)).isEqualTo(700);
        assertThat(bank.balance(frozen)).isZero();
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR")).isEqualTo(2_550);
        assertThat(result.file().totals())
                .containsExactly(
                        new ClearingFile.Total("EUR", "CREDITED", 2, 1_950),
                        new ClearingFile.Total("EUR", "SUSPENSE", 3, 600));
        assertThat(clearing.clearing().exceptions().list(operator, "OPEN", 0, 10))
                .extracting(ClearingException::endToEndId, ClearingException::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN", 100L),
                        org.assertj.core.groups.Tuple.tuple("FROZEN", 200L),
                        org.assertj.core.groups.Tuple.tuple("MISMATCH", 300L));
        assertThat(bank.rows("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ClearingFile' AND action <> 'BOOK'"))
                .isEqualTo(2);
        assertThat(bank.rows("SELECT COUNT(*) FROM platform_operations WHERE type = ?", IncomingClearing.TYPE))
                .isEqualTo(5);
        assertThat(bank.violations("clearing")).isEmpty();
    }

    @Test
    void aPacs008FileIsBookedTheSameWayAndATransactionThatDoesNotFitIsReportedByPosition() {
        List<ClearingPayment> payments = List.of(
                incoming("P-GOOD", DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", "40.00"),
                incoming("P-UNKNOWN", DE_IBAN, "BANKDEFF", UNKNOWN, "EUR", "1.00"),
                incoming("P-FROZEN", DE_IBAN, "BANKDEFF", iban(frozen), "EUR", "2.00"),
                incoming("P-MISMATCH", DE_IBAN, "BANKDEFF", iban(clearing.aliceUsd), "EUR", "3.00"),
                incoming("P-BROKEN", DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", "4.00"));
        String xml = Pacs008Writer.write(new ClearingBatch(
                        "MSG-1",
                        Instant.parse("2026-11-25T08:00:00Z"),
                        ClearingBank.DAY,
                        "BANKDEFF",
                        "CLRHGB2L",
                        payments))
                .replace("<EndToEndId>P-BROKEN</EndToEndId>", "<EndToEndId></EndToEndId>");

        ImportResult result =
                clearing.clearing().incoming().importFile(operator, "pacs.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(result.file().format()).isEqualTo(ClearingFormat.PACS008);
        assertThat(result.rows())
                .extracting(ImportRow::item, ImportRow::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "CREDITED"),
                        org.assertj.core.groups.Tuple.tuple(2, "SUSPENSE"),
                        org.assertj.core.groups.Tuple.tuple(3, "SUSPENSE"),
                        org.assertj.core.groups.Tuple.tuple(4, "SUSPENSE"),
                        org.assertj.core.groups.Tuple.tuple(5, "UNREADABLE"));
        assertThat(result.rows().get(4).detail()).contains("PmtId/EndToEndId");
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR") - suspense).isEqualTo(600);
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR")).isEqualTo(4_600);
    }

    @Test
    void theSameFileIsRefusedTheSecondTimeNamingTheEarlierImportAndBadFilesChangeNothing() {
        byte[] file = ClearingBank.csv(
                List.of(incoming("ONCE", DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", "5.00")));
        ImportResult first = clearing.clearing().incoming().importFile(operator, "once.csv", file);

        assertThatThrownBy(() -> clearing.clearing().incoming().importFile(operator, "again.csv", file))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("file: was imported before: once.csv (file "
                        + first.file().id() + ")");
        assertThatThrownBy(() -> clearing.clearing()
                        .incoming()
                        .importFile(operator, "x.csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("file: the first line must be the header");
        assertThatThrownBy(() -> clearing.clearing().incoming().importFile(operator, "x.xml", "<a/>".getBytes()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("file: ");
        assertThatThrownBy(() -> clearing.clearing().incoming().importFile(operator, "", file))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("fileName");
        assertThatThrownBy(() -> clearing.clearing().incoming().importFile(bank.actor("operator.b1"), "b1.csv", file))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> clearing.clearing().incoming().importFile(bank.actor("controller.ho"), "c.csv", file))
                .isInstanceOf(SecurityException.class);
        assertThat(bank.rows("SELECT COUNT(*) FROM clearing_files")).isEqualTo(1);
        assertThat(bank.balance(clearing.aliceEur)).isEqualTo(100_500);
    }

    @Test
    void anImportInterruptedAfterSomeChunksResumesAndPostsEachPaymentOnce() {
        List<ClearingPayment> payments = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            payments.add(incoming("R-" + i, DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", i + ".00"));
        }
        payments.add(incoming("R-HELD", DE_IBAN, "BANKDEFF", UNKNOWN, "EUR", "100.00"));
        byte[] file = ClearingBank.csv(payments);
        long before = bank.balance(clearing.aliceEur);
        IncomingClearing incoming = clearing.clearing().incoming().withChunkSize(10);

        // The second chunk is booked, then the process dies while the third is in the ledger's hands.
        ImportProgress crash = new ImportProgress() {
            int chunks;

            @Override
            public void posted(int count) {
                if (++chunks == 2) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThatThrownBy(() -> incoming.importFile(operator, "big.csv", file, null, crash))
                .hasMessage("killed");
        // Each payment's outcome row committed with its posting: whatever was booked is recorded.
        assertThat(bank.rows("SELECT COUNT(*) FROM clearing_incoming")).isGreaterThanOrEqualTo(20);
        assertThat(bank.rows("SELECT COUNT(*) FROM clearing_files WHERE status = 'IMPORTING'"))
                .isEqualTo(1);
        assertThat(bank.violations("clearing")).isEmpty();

        ImportResult resumed = incoming.importFile(operator, "big.csv", file, null, ImportProgress.NONE);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.file().credited()).isEqualTo(25);
        assertThat(resumed.file().suspended()).isEqualTo(1);
        assertThat(resumed.rows()).hasSize(26);
        assertThat(bank.balance(clearing.aliceEur) - before).isEqualTo(325_00);
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR") - suspense).isEqualTo(100_00);
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR")).isEqualTo(425_00);
        assertThat(clearing.clearing().exceptions().list(operator, null, 0, 10)).hasSize(1);
        assertThatThrownBy(() -> incoming.importFile(operator, "big.csv", file, null, ImportProgress.NONE))
                .hasMessageContaining("was imported before");
        assertThat(bank.rows("SELECT COUNT(*) FROM platform_operations WHERE type = ?", IncomingClearing.TYPE))
                .isEqualTo(26);
        assertThat(bank.violations("clearing")).isEmpty();
    }

    @Test
    void aFailingOutcomeRowRollsBackItsPostingAndTheFileImportedAgainPostsEachPaymentOnce() {
        List<ClearingPayment> payments = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            payments.add(incoming("F-" + i, DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", i + ".00"));
        }
        payments.add(incoming("F-HELD", DE_IBAN, "BANKDEFF", UNKNOWN, "EUR", "100.00"));
        byte[] file = ClearingBank.csv(payments);
        long before = bank.balance(clearing.aliceEur);
        long receivable = clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR");
        // The exceptions table refuses every row: the write of the payment held in suspense fails.
        if (bank.postgres()) {
            bank.tamper("CREATE FUNCTION no_exceptions() RETURNS trigger LANGUAGE plpgsql AS"
                    + " 'BEGIN RAISE EXCEPTION ''no exceptions today''; END'");
            bank.tamper("CREATE TRIGGER no_exceptions BEFORE INSERT ON clearing_exceptions"
                    + " FOR EACH ROW EXECUTE FUNCTION no_exceptions()");
        } else {
            bank.tamper("CREATE TRIGGER no_exceptions BEFORE INSERT ON clearing_exceptions"
                    + " BEGIN SELECT RAISE(ABORT, 'no exceptions today'); END");
        }

        assertThatThrownBy(() -> clearing.clearing()
                        .incoming()
                        .importFile(operator, "fail.csv", file, null, ImportProgress.NONE))
                .hasMessageContaining("no exceptions today");

        // The held payment's posting went with its rows; what was booked has its rows, and nothing else is.
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR")).isEqualTo(suspense);
        assertThat(bank.rows("SELECT COUNT(*) FROM clearing_incoming WHERE outcome = 'SUSPENSE'"))
                .isZero();
        long credited = bank.rows("SELECT COALESCE(SUM(amount), 0) FROM clearing_incoming");
        assertThat(bank.balance(clearing.aliceEur) - before).isEqualTo(credited);
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR") - receivable)
                .isEqualTo(credited);
        assertThat(bank.violations("clearing")).isEmpty();

        bank.tamper("DROP TRIGGER no_exceptions" + (bank.postgres() ? " ON clearing_exceptions" : ""));
        ImportResult again =
                clearing.clearing().incoming().importFile(operator, "fail.csv", file, null, ImportProgress.NONE);

        assertThat(again.resumed()).isTrue();
        assertThat(again.file().credited()).isEqualTo(5);
        assertThat(again.file().suspended()).isEqualTo(1);
        assertThat(bank.balance(clearing.aliceEur) - before).isEqualTo(15_00);
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR") - suspense).isEqualTo(100_00);
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR") - receivable)
                .isEqualTo(115_00);
        assertThat(bank.violations("clearing")).isEmpty();
    }

    @Test
    void onlyAClerkOfHeadOfficeImportsAFileAndARefusedImportChangesNothing() {
        byte[] file =
                ClearingBank.csv(List.of(incoming("P-1", DE_IBAN, "BANKDEFF", iban(clearing.aliceEur), "EUR", "1.00")));
        long before = bank.balance(clearing.aliceEur);
        for (String username : List.of("auditor", "controller.ho")) {
            assertThatThrownBy(() -> clearing.clearing()
                            .incoming()
                            .importFile(bank.actor(username), "p.csv", file, null, ImportProgress.NONE))
                    .isInstanceOf(SecurityException.class)
                    .hasMessageContaining("may not import clearing files");
        }
        assertThat(bank.rows("SELECT COUNT(*) FROM clearing_files")).isZero();
        assertThat(bank.balance(clearing.aliceEur)).isEqualTo(before);

        ImportResult treasurer = clearing.clearing()
                .incoming()
                .importFile(bank.actor("treasurer.ho"), "p.csv", file, null, ImportProgress.NONE);
        assertThat(treasurer.file().credited()).isEqualTo(1);
        assertThat(bank.rows("SELECT COUNT(*) FROM platform_operations WHERE actor = 'treasurer.ho'"))
                .isEqualTo(1);
    }

    private static String iban(CustomerAccount account) {
        return account.iban().value();
    }
}
