package org.backoffice.securities.confirmation.internal;

import java.io.ByteArrayOutputStream;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.amount.Amount;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.trade.Trade;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The sale contract of one trade, A4, in the fonts the reporting module's PDFs use. */
public final class ContractPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);

    private ContractPdf() {}

    /** The parties, the terms and the settlement details of the trade. */
    public static byte[] write(
            Trade trade,
            String firmBic,
            DepoAccount depo,
            Counterparty counterparty,
            Instrument instrument,
            Asset currency,
            StandingInstruction ssi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Contract note " + trade.tradeRef(), TITLE));
        document.add(new Paragraph(
                (trade.side().name().equals("BUY") ? "Purchase" : "Sale") + " of securities, version "
                        + trade.version(),
                TEXT));
        document.add(new Paragraph(" ", TEXT));
        PdfPTable table = new PdfPTable(new float[] {1.2f, 3f});
        table.setWidthPercentage(100);
        row(table, "Firm", "BIC " + firmBic);
        row(
                table,
                "Account owner",
                depo.ownerName() + " (depo account " + depo.code() + ", branch " + depo.branch() + ")");
        row(table, "Counterparty", counterparty.name() + ", LEI " + counterparty.lei() + ", BIC " + counterparty.bic());
        row(table, "Trade reference", trade.tradeRef());
        row(table, "Side", trade.side().name());
        row(table, "Instrument", instrument.isin() + " " + instrument.name());
        row(table, "Quantity", Amount.of(instrument.asset(), trade.quantity()).display());
        row(table, "Price", trade.price().toPlainString() + " " + trade.currency());
        row(table, "Gross amount", money(Amount.of(currency, trade.grossAmount())));
        row(table, "Accrued interest", money(Amount.of(currency, trade.accruedInterest())));
        row(table, "Fees", money(Amount.of(currency, trade.fees())));
        row(table, "Settlement amount", money(Amount.of(currency, trade.settlementAmount())));
        row(table, "Trade date", String.valueOf(trade.tradeDate()));
        row(table, "Settlement date", String.valueOf(trade.settlementDate()));
        row(table, "Delivery", trade.delivery().name());
        row(table, "Place of settlement", ssi != null ? ssi.place() : instrument.place());
        row(
                table,
                "Standing instruction",
                ssi == null
                        ? "none"
                        : "agent " + ssi.agentBic() + ", account " + ssi.agentAccount()
                                + (ssi.cashAccount() == null ? "" : ", cash account " + ssi.cashAccount()));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, BOLD));
        table.addCell(cell(value, TEXT));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidth(0.3f);
        cell.setPaddingBottom(3.5f);
        return cell;
    }

    private static String money(Amount amount) {
        return amount.display() + " " + amount.asset();
    }
}
