package org.backoffice.server.platform.web;

import org.backoffice.platform.document.Document;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.server.web.Money;

/** A document as one row of a list: the header, its amount as text and what it is about. */
public record DocumentRow(
        String id,
        String number,
        String type,
        String status,
        String branch,
        String date,
        String asset,
        String amount,
        String maker,
        String approver,
        String narrative) {

    static DocumentRow of(Document document, Money money) {
        return new DocumentRow(
                document.id().toString(),
                document.number(),
                document.type(),
                document.status().name(),
                document.branch(),
                document.date().toString(),
                document.asset(),
                money.display(document.amount(), document.asset()),
                document.maker(),
                document.approver(),
                narrative(document));
    }

    static String narrative(Document document) {
        return document.body() instanceof JournalVoucher voucher ? voucher.narrative() : "";
    }

    /** The number, or what stands in for it before submission. */
    public String label() {
        return number == null ? "Draft " + id : number;
    }
}
