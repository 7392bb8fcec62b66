package org.backoffice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backoffice.ledger.testing.ScratchDatabase;
import org.backoffice.ledger.testing.TestDatabase;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.Securities;
import org.backoffice.securities.message.ExecKind;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import org.backoffice.securities.message.Side;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.Trade;
import org.backoffice.server.DatabaseUrl;
import org.backoffice.server.securities.SecuritiesData;
import org.backoffice.server.securities.SettlementData;
import org.backoffice.server.securities.SettlementMessages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The depository's messages and a FIX drop-copy log, each imported from a file by the command line. */
class SettlementCliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.backoffice.ledger.testing.TestDatabase#available")
    void settlementMessagesAndAFixLogAreImportedAndEachOutcomePrinted(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = kind.create()) {
            Cli.Run init = Cli.on(database.url(), "init", "--profile", "broker", "--organisation", "Demo Securities");
            assertThat(init.exit()).as(init.toString()).isZero();
            Instruction in;
            String mt545;
            String fixLog;
            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                Securities securities = installation.securities();
                SettlementData.ensure(securities);
                Actor actor = Installation.CLI;
                Trade trade = SettlementData.capture(
                        securities, actor, "CLI-S1", SecuritiesData.SHARE, 10, SecuritiesData.ALPHA, Delivery.DVP);
                in = securities.settlement().instruct(actor, trade.id()).instruction();
                mt545 = SettlementMessages.mt54x(securities, in, "CLICONF1", "25.00");
                StringWriter text = new StringWriter();
                try (FixLogWriter writer = new FixLogWriter(text, "VENUE", "DEMOBO", false)) {
                    writer.write(new FixFill(
                            "CLIFIX1",
                            "ORD1",
                            null,
                            Side.BUY,
                            SecuritiesData.SHARE,
                            new BigDecimal("5"),
                            new BigDecimal("2.50"),
                            "GBP",
                            SecuritiesData.today(securities),
                            null,
                            SettlementData.DEPO,
                            SecuritiesData.ALPHA,
                            SecuritiesData.MARKET,
                            securities.platform().clock().instant(),
                            ExecKind.NEW,
                            null));
                }
                fixLog = text + "8=FIX.4.4|garbage\n";
            }
            Path messages = Files.writeString(dir.resolve("crest.fin"), mt545);

            Cli.Run read = Cli.on(database.url(), "import", "settlement-messages", "--file", messages.toString());

            assertThat(read.exit()).as(read.toString()).isZero();
            assertThat(read.out()).contains("message 1 MT545", "applied", "messages 1, applied 1, refused 0");
            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                assertThat(installation
                                .securities()
                                .settlement()
                                .find(in.id())
                                .orElseThrow()
                                .status())
                        .isEqualTo(InstructionStatus.SETTLED);
            }
            Path odd = Files.writeString(
                    dir.resolve("odd.fin"), "{1:F01DEMOGB2LAXXX0000000000}{2:I999CRSTGB22XXXXN}{4:\n:20:X\n-}");
            Cli.Run refused = Cli.on(database.url(), "import", "settlement-messages", "--file", odd.toString());
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.out()).contains("message 1 MT999", "refused 1").doesNotContain("Exception");
            Cli.Run missing = Cli.on(
                    database.url(),
                    "import",
                    "settlement-messages",
                    "--file",
                    dir.resolve("none.fin").toString());
            assertThat(missing.exit()).isNotZero();
            assertThat(missing.err()).contains("--file").doesNotContain("Exception");

            Path log = Files.writeString(dir.resolve("drop.log"), fixLog);
            Cli.Run fix = Cli.on(database.url(), "import", "fix-log", "--file", log.toString(), "--as", "nobody");
            assertThat(fix.exit()).isNotZero();
            assertThat(fix.err()).contains("--as", "there is no user 'nobody'");
            fix = Cli.on(database.url(), "import", "fix-log", "--file", log.toString());
            assertThat(fix.exit()).as(fix.toString()).isEqualTo(1);
            assertThat(fix.out()).contains("captured 1", "unreadable 1").doesNotContain("Exception");
            try (Installation installation = Installation.open(DatabaseUrl.parse(database.url()))) {
                assertThat(installation.securities().trades().findByRef("CLIFIX1"))
                        .isPresent();
            }
        }
    }
}
