package org.backoffice.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.backoffice.platform.amount.Amount;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** What the PDF writers share: fonts, cells, amounts as text, a footer with the page number. */
final class Pdf {
    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
    static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private Pdf() {}

    /** An amount with thousands separators and its asset's decimal places: {@code 1,234.50}, JPY {@code 1,235}. */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Amount amount -> amount.display();
            case BigDecimal decimal -> String.format(Locale.ROOT, "%,." + Math.max(0, decimal.scale()) + "f", decimal);
            case Instant instant -> DateTimeFormatter.ISO_INSTANT.format(instant);
            default -> cell.toString();
        };
    }

    static PdfPCell cell(Object value, boolean right, Font font, boolean shaded) {
        PdfPCell cell = new PdfPCell(new Phrase(text(value), font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidth(0.3f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        if (shaded) {
            cell.setGrayFill(0.92f);
        }
        return cell;
    }

    /** "title · page n" at the foot of every page. */
    static void footer(PdfWriter writer, String title) {
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document document) {
                ColumnText.showTextAligned(
                        w.getDirectContent(),
                        Element.ALIGN_RIGHT,
                        new Phrase(title + " · page " + w.getPageNumber(), SMALL),
                        document.right(),
                        document.bottom() - 18,
                        0);
            }
        });
    }
}
