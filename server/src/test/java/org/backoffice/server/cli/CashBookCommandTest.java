package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.cash.FloatLine;
import org.backoffice.banking.cash.PieceCount;
import org.backoffice.banking.cash.Shift;
import org.backoffice.ledger.LedgerConfig;
import org.backoffice.ledger.Side;
import org.backoffice.platform.PlatformConfig;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backoffice report cash-book}: a shift worked at head office's desk D01, then its book as a file. */
class CashBookCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCashBookOfADeskGoesToAFileAndAnUnknownDeskIsNamed() throws IOException {
        String url = Installations.bank(dir);
        assertThat(Cli.on(url, "user", "create", "olga", "--role", "operator", "--branch", "HO")
                        .exit())
                .isZero();
        String open;
        String close;
        try (Banking banking = Banking.open(
                PlatformConfig.of(LedgerConfig.of(url), Installation.hasher()), BankingSettings.defaults())) {
            banking.cash().setUp(Actor.system("test"), "HO", "D01", "Head office counter");
            Actor anna = banking.platform().users().find("anna").orElseThrow().actor();
            banking.platform()
                    .documents()
                    .create(
                            anna,
                            new NewDocument(
                                    JournalVoucherKind.TYPE,
                                    "HO",
                                    banking.cash().today(),
                                    new JournalVoucher(
                                            "USD",
                                            "vault stock",
                                            List.of(
                                                    new JournalLine("HO-1040-USD", Side.DEBIT, 100_000),
                                                    new JournalLine("HO-3010-USD", Side.CREDIT, 100_000)))),
                            true,
                            null);
            Actor olga = banking.platform().users().find("olga").orElseThrow().actor();
            Shift shift = banking.cash()
                    .openShift(olga, "HO", "D01", List.of(new FloatLine("USD", new BigDecimal("150.00"))));
            open = banking.platform()
                    .documents()
                    .find(olga, new org.backoffice.platform.document.DocumentId(shift.openDocument()))
                    .orElseThrow()
                    .number();
            close = banking.cash()
                    .closeShift(
                            olga,
                            shift.id(),
                            List.of(new PieceCount("USD", 10000, 1), new PieceCount("USD", 5000, 1)),
                            true)
                    .document()
                    .number();
        }
        Path out = dir.resolve("book.csv");

        Cli.Run run = Cli.on(url, "report", "cash-book", "--desk", "D01", "--out", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("wrote cash book", "(csv)");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains(open, close, "HO-1010-USD-D01", "150.00", "ties to the ledger");

        Cli.Run unknown = Cli.on(
                url,
                "report",
                "cash-book",
                "--desk",
                "D09",
                "--out",
                dir.resolve("x.csv").toString());
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("--desk", "D09");
    }
}
