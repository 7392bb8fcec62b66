package org.backoffice.server.cli;

import java.io.PrintWriter;
import org.backoffice.securities.trade.CaptureOutcome;
import org.backoffice.securities.trade.TradeCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code backoffice import trades --file F.csv}: trades into the securities trade book, row by row. */
@Command(
        name = "trades",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Load securities trades from a CSV file with the header",
            "  trade_ref,side,isin,quantity,price,currency,trade_date,settlement_date,depo_account,counterparty,"
                    + "market,delivery",
            "'side' is BUY or SELL, 'quantity' a whole number of units, 'price' a decimal, dates yyyy-mm-dd;"
                    + " settlement_date and market may be blank (the market's cycle, the instrument's home market),"
                    + " delivery DVP (the default) or FOP.",
            "A trade that breaks a rule of the book (an unknown counterparty, no standing instruction) is kept in"
                    + " the repair queue; a row that cannot be read is refused. Loading the same file again finds"
                    + " its trades as duplicates. Rows are numbered as a spreadsheet shows them (the header is row 1).",
            "Prints the counts loaded, repair, duplicate and refused, and every row's reasons.",
            "Exit code 0 when nothing was refused, 1 otherwise."
        },
        footerHeading = "%nExample:%n",
        footer = {"  backoffice import trades --file fills-20261125.csv --as operator.ho"})
final class TradesImport extends InstallationTask {
    @Mixin
    ImportCommand.Source source;

    @Mixin
    ActingUser as;

    private String text;

    @Override
    void before() {
        text = InputFiles.utf8(
                source.bytes(), "--file", "is not UTF-8 text; save it from the spreadsheet as CSV UTF-8");
    }

    @Override
    int run(Installation installation, PrintWriter out) {
        TradeCsv.Loaded loaded = as.act(
                installation,
                Installation.CLI,
                actor -> TradeCsv.load(installation.securities().trades(), actor, text));
        for (TradeCsv.Line line : loaded.lines()) {
            if (line.kind() == CaptureOutcome.Kind.REPAIR || line.kind() == CaptureOutcome.Kind.REFUSED) {
                String what = line.kind() == CaptureOutcome.Kind.REPAIR ? "repair " : "refused";
                for (String error : line.errors()) {
                    out.println(what + "  " + error);
                }
            }
        }
        out.println(loaded.summary());
        return loaded.count(CaptureOutcome.Kind.REFUSED) == 0 ? BackofficeCli.OK : BackofficeCli.FAILED;
    }
}
