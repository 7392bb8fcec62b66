package org.backoffice.server.securities.web;

import java.util.List;

/** A list page's table: its id, column headings and rows of cells, each cell text with an optional link. */
public record Table(String id, List<String> columns, List<List<Cell>> rows, String empty) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One cell: its text, and the address it links to or null. */
    public record Cell(String text, String href) {
        static Cell of(Object value) {
            return new Cell(value == null ? "" : value.toString(), null);
        }

        static Cell link(Object value, String href) {
            return new Cell(value == null ? "" : value.toString(), href);
        }
    }

    /** A link or button above the table. */
    public record Action(String id, String label, String href) {}
}
