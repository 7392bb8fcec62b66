package org.backoffice.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.backoffice.reporting.AccountStatement;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** An account statement on A4 portrait pages; the column header repeats on every page. */
public final class StatementPdf {
    private static final float[] WIDTHS = {11, 16, 33, 13, 13, 14};

    private StatementPdf() {}

    public static void write(AccountStatement statement, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            String title = "Account statement " + statement.period().from() + " – "
                    + statement.period().to();
            Pdf.footer(writer, title);
            document.addTitle(title);
            document.open();
            for (int i = 0; i < statement.header().size(); i++) {
                document.add(new Paragraph(statement.header().get(i), i == 0 ? Pdf.TITLE : Pdf.TEXT));
            }
            Paragraph heading = new Paragraph(title + " (" + statement.currency() + ")", Pdf.BOLD);
            heading.setSpacingBefore(8);
            document.add(heading);

            PdfPTable grid = new PdfPTable(WIDTHS);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(8);
            grid.setHeaderRows(1);
            String[] names = {"Date", "Reference", "Description", "Debit", "Credit", "Balance"};
            for (int i = 0; i < names.length; i++) {
                grid.addCell(Pdf.cell(names[i], i >= 3, Pdf.BOLD, true));
            }
            balanceRow(grid, "Opening balance", statement.opening());
            for (AccountStatement.Line line : statement.lines()) {
                grid.addCell(Pdf.cell(line.date(), false, Pdf.TEXT, false));
                grid.addCell(Pdf.cell(line.reference(), false, Pdf.TEXT, false));
                grid.addCell(Pdf.cell(line.description(), false, Pdf.TEXT, false));
                grid.addCell(Pdf.cell(line.debit(), true, Pdf.TEXT, false));
                grid.addCell(Pdf.cell(line.credit(), true, Pdf.TEXT, false));
                grid.addCell(Pdf.cell(line.balance(), true, Pdf.TEXT, false));
            }
            PdfPCell label = Pdf.cell("Turnover", false, Pdf.BOLD, true);
            label.setColspan(3);
            grid.addCell(label);
            grid.addCell(Pdf.cell(statement.totalDebits(), true, Pdf.BOLD, true));
            grid.addCell(Pdf.cell(statement.totalCredits(), true, Pdf.BOLD, true));
            grid.addCell(Pdf.cell(null, true, Pdf.BOLD, true));
            balanceRow(grid, "Closing balance", statement.closing());
            document.add(grid);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static void balanceRow(PdfPTable grid, String name, Object amount) {
        PdfPCell label = Pdf.cell(name, false, Pdf.BOLD, true);
        label.setColspan(5);
        grid.addCell(label);
        grid.addCell(Pdf.cell(amount, true, Pdf.BOLD, true));
    }
}
