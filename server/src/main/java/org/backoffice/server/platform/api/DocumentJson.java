package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backoffice.ledger.Side;
import org.backoffice.platform.document.DocumentStatus;

/** A document as the API shows it: the header, the type's body with decimal amounts, and what may come next. */
@Schema(name = "Document")
public record DocumentJson(
        @Schema(description = "Also the id of the ledger transaction it posts")
        String id,

        @Schema(example = "JournalVoucher") String type,

        @Schema(description = "Given on submission; null while a draft", example = "JV-HO-2026-000001")
        String number,

        String branch,
        @Schema(description = "The value date") LocalDate date,
        DocumentStatus status,
        String maker,
        String approver,

        @Schema(description = "Also the ETag; name it in If-Match to change the document")
        int version,

        String asset,

        @Schema(description = "The amount the approval policy weighs, in the asset's units", example = "12.34")
        String amount,

        @Schema(description = "The last approver's, rejecter's or reverser's comment")
        String comment,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "The type's body; for a JournalVoucher a JournalVoucherBody", oneOf = VoucherBody.class)
        Object body,

        @Schema(description = "Where to go next: self, attachments, and the actions the status allows")
        Map<String, String> links) {

    /** A journal voucher's body with its amounts as decimal text. */
    @Schema(name = "JournalVoucherBody")
    public record VoucherBody(String asset, String narrative, List<Line> lines) {}

    @Schema(name = "JournalVoucherLine")
    public record Line(
            @Schema(example = "HO-1010-USD") String account,
            Side side,

            @Schema(description = "Decimal text in the asset's units", example = "12.34")
            String amount) {}
}
