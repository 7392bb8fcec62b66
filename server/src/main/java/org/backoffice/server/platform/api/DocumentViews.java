package org.backoffice.server.platform.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Documents into their API form: minor units back to decimal text, links by status. */
@Component
public class DocumentViews {
    private final Platform platform;

    DocumentViews(Platform platform) {
        this.platform = platform;
    }

    public DocumentJson json(Document d) {
        int scale = scale(d.asset());
        return new DocumentJson(
                d.id().toString(),
                d.type(),
                d.number(),
                d.branch(),
                d.date(),
                d.status(),
                d.maker(),
                d.approver(),
                d.version(),
                d.asset(),
                Amount.plain(d.amount(), scale),
                d.comment(),
                d.createdAt(),
                d.updatedAt(),
                body(d, scale),
                links(d));
    }

    private static Object body(Document d, int scale) {
        if (d.body() instanceof JournalVoucher voucher) {
            return new DocumentJson.VoucherBody(
                    voucher.asset(),
                    voucher.narrative(),
                    voucher.lines().stream().map(line -> line(line, scale)).toList());
        }
        return d.body();
    }

    private static DocumentJson.Line line(JournalLine line, int scale) {
        return new DocumentJson.Line(line.account(), line.side(), Amount.plain(line.amount(), scale));
    }

    private static Map<String, String> links(Document d) {
        String self = address(d);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("attachments", self + "/attachments");
        if (d.status().editable() && d.type().equals(JournalVoucherKind.TYPE)) {
            links.put("edit", "/api/journal-vouchers/" + d.id());
        }
        addNextSteps(links, d);
        return links;
    }

    /** What the document's status lets one do next, each at its address: submit, approve and reject, reverse. */
    public static void addNextSteps(Map<String, String> links, Document d) {
        String self = address(d);
        if (d.status().editable()) {
            links.put("submit", self + "/submit");
        }
        if (d.status() == DocumentStatus.SUBMITTED) {
            links.put("approve", self + "/approve");
            links.put("reject", self + "/reject");
        }
        if (d.status() == DocumentStatus.POSTED) {
            links.put("reverse", self + "/reverse");
        }
    }

    /** 201 Created at the new document's address, with the document. */
    public ResponseEntity<DocumentJson> created(Document d) {
        return ResponseEntity.created(URI.create(address(d))).body(json(d));
    }

    /** Where the API serves a document. */
    public static String address(Document d) {
        return "/api/documents/" + d.id();
    }

    public int scale(String asset) {
        return platform.accounts().asset(asset).map(Asset::scale).orElse(0);
    }
}
