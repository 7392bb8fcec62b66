package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentQuery;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.web.Choices;
import org.backoffice.server.web.Money;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Pager;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents list: filters, sorting by the column headings, paging (htmx swaps just the results), and the
 * same filtered list as CSV or XLSX. The platform keeps the list within the user's branches.
 */
@PageController
final class DocumentsPagesController {
    static final int PAGE_SIZE = 25;
    /** An export stops here; a longer one is for the command line's export. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private final Platform platform;
    private final Money money;

    DocumentsPagesController(Platform platform, Money money) {
        this.platform = platform;
        this.money = money;
    }

    @GetMapping("/documents")
    String documents(
            Viewer viewer,
            @RequestParam Map<String, String> parameters,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        DocumentFilter filter = DocumentFilter.of(parameters);
        model.addAttribute("filter", filter);
        model.addAttribute("types", platform.documents().types());
        model.addAttribute("statuses", List.of(DocumentStatus.values()));
        model.addAttribute("branches", Choices.branches(platform, viewer));
        try {
            Page<Document> documents = platform.documents().list(viewer.actor(), filter.query(page, PAGE_SIZE));
            model.addAttribute(
                    "rows",
                    documents.items().stream()
                            .map(d -> DocumentRow.of(d, money))
                            .toList());
            model.addAttribute("pager", Pager.of(documents, filter.address("/documents")));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("rows", List.of());
            model.addAttribute("pager", Pager.of(new Page<>(List.of(), 0, PAGE_SIZE, 0), filter.address("/documents")));
        }
        return htmx != null ? "platform/documents :: results" : "platform/documents";
    }

    @GetMapping("/documents/export.csv")
    void csv(Viewer viewer, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        DocumentFilter filter = DocumentFilter.of(parameters);
        filter.query(0, 1);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName("csv") + "\"");
        try (DocumentExport.Csv csv = new DocumentExport.Csv(response.getOutputStream(), money)) {
            each(viewer, filter, csv::write);
        }
    }

    @GetMapping("/documents/export.xlsx")
    void xlsx(Viewer viewer, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        DocumentFilter filter = DocumentFilter.of(parameters);
        filter.query(0, 1);
        try (DocumentExport.Xlsx xlsx = new DocumentExport.Xlsx(money)) {
            each(viewer, filter, xlsx::write);
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName("xlsx") + "\"");
            xlsx.finish(response.getOutputStream());
        }
    }

    private void each(Viewer viewer, DocumentFilter filter, Consumer<Document> row) {
        int page = 0;
        int written = 0;
        Page<Document> documents;
        do {
            documents = platform.documents().list(viewer.actor(), filter.query(page++, DocumentQuery.MAX_SIZE));
            for (Document document : documents.items()) {
                if (written++ >= MAX_EXPORT_ROWS) {
                    return;
                }
                row.accept(document);
            }
        } while (page < documents.pages());
    }

    private String fileName(String extension) {
        return "documents-" + LocalDate.now(platform.clock()) + "." + extension;
    }
}
