package org.backoffice.securities.registrar.internal;

import java.io.ByteArrayOutputStream;
import org.backoffice.securities.registrar.TransferOrder;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The transfer order as the registrar receives it: one page, the order's fields in a table. */
public final class TransferOrderPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    private TransferOrderPdf() {}

    public static byte[] render(TransferOrder order, String instrumentName, String ourBic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Transfer order " + order.number(), TITLE));
            document.add(new Paragraph("To the registrar " + order.registrarBic() + ", from " + ourBic, TEXT));
            document.add(new Paragraph(" ", TEXT));
            PdfPTable table = new PdfPTable(new float[] {1, 2});
            table.setWidthPercentage(100);
            row(table, "Seller account", order.sellerAccount());
            row(table, "Seller (owner)", order.sellerOwner());
            row(table, "Buyer account", order.buyerAccount());
            row(table, "Buyer (owner)", order.buyerOwner());
            row(table, "Counterparty", order.counterparty());
            row(table, "ISIN", order.isin());
            row(table, "Instrument", instrumentName);
            row(table, "Quantity (units)", Long.toString(order.quantity()));
            row(table, "Trade reference", order.tradeRef());
            row(table, "Settlement date", order.settlementDate().toString());
            document.add(table);
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph(
                    "Please re-register the securities above from the seller to the buyer and return the extract"
                            + " of the register showing the transfer.",
                    TEXT));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("pdf: the transfer order " + order.number() + " could not be drawn", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, TEXT));
        table.addCell(new Paragraph(value == null ? "" : value, TEXT));
    }
}
