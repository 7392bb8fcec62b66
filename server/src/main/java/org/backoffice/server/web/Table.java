package org.backoffice.server.web;

import java.util.List;
import org.springframework.ui.Model;

/**
 * A list page's table: its id, column headings and rows of cells, each cell text with an optional link. A page that is
 * just such a table is drawn by {@code table.html}.
 */
public record Table(String id, List<String> columns, List<List<Cell>> rows, String empty) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One cell: its text, and the address it links to or null. */
    public record Cell(String text, String href) {
        public static Cell of(Object value) {
            return new Cell(value == null ? "" : value.toString(), null);
        }

        public static Cell link(Object value, String href) {
            return new Cell(value == null ? "" : value.toString(), href);
        }
    }

    /** A link or button above the table. */
    public record Action(String id, String label, String href) {}

    /** Shows the table under its title, with the actions above it and the pager (or null) below; the view's name. */
    public String show(Model model, String title, String section, List<Action> actions, Pager pager) {
        model.addAttribute("title", title);
        model.addAttribute("section", section);
        model.addAttribute("table", this);
        model.addAttribute("actions", actions);
        model.addAttribute("pager", pager);
        return "table";
    }
}
