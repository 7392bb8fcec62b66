package org.backoffice.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.backoffice.reporting.ReportTable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A {@link ReportTable} on A4 pages: landscape beyond six columns, the header on every page. */
public final class TablePdf {
    private TablePdf() {}

    public static void write(ReportTable table, OutputStream out) throws IOException {
        Rectangle size = table.columns().size() > 6 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(size, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            Pdf.footer(writer, table.title());
            document.addTitle(table.title());
            document.open();
            document.add(new Paragraph(table.title(), Pdf.TITLE));
            for (String line : table.subtitle()) {
                document.add(new Paragraph(line, Pdf.TEXT));
            }
            PdfPTable grid = new PdfPTable(table.columns().size());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(10);
            grid.setHeaderRows(1);
            for (ReportTable.Column column : table.columns()) {
                grid.addCell(Pdf.cell(column.name(), right(column), Pdf.BOLD, true));
            }
            add(grid, table, table.rows(), false);
            add(grid, table, table.totals(), true);
            if (table.rows().isEmpty() && table.totals().isEmpty()) {
                document.add(grid);
                document.add(new Paragraph("Nothing to show.", Pdf.TEXT));
            } else {
                document.add(grid);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static void add(PdfPTable grid, ReportTable table, List<List<Object>> rows, boolean totals) {
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                grid.addCell(Pdf.cell(row.get(i), right(table.columns().get(i)), totals ? Pdf.BOLD : Pdf.TEXT, totals));
            }
        }
    }

    private static boolean right(ReportTable.Column column) {
        return column.align() == ReportTable.Align.RIGHT;
    }
}
