package org.backoffice.server.bank.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backoffice.banking.payment.CurrencyConversion;
import org.backoffice.banking.payment.InternalTransfer;
import org.backoffice.banking.payment.OutgoingPayment;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.server.platform.api.DocumentViews;

/**
 * A payment document as the API shows it: its number, status and value date up front, amounts as decimal text.
 *
 * @param date the day the order was taken (the document's date)
 * @param valueDate the day it moves the money, as the cut-off and the bank's calendar gave it
 */
@Schema(name = "Payment")
public record PaymentJson(
        @Schema(description = "Also the id of the ledger transaction it posts")
        String id,

        @Schema(example = "InternalTransfer") String type,

        @Schema(description = "Given on submission", example = "IT-HO-2026-000001")
        String number,

        String branch,
        DocumentStatus status,
        String maker,
        String approver,
        int version,
        LocalDate date,
        LocalDate valueDate,

        @Schema(description = "The currency the approval policy weighs: the sold one of a conversion")
        String currency,

        @Schema(example = "12.34") String amount,
        String comment,
        Instant createdAt,

        @Schema(oneOf = {TransferBody.class, OutgoingBody.class, ConversionBody.class})
        Object body,

        Map<String, String> links) {

    @Schema(name = "InternalTransferBody")
    public record TransferBody(
            String debtorIban, String creditorIban, String currency, String amount, String reference) {}

    @Schema(name = "OutgoingPaymentBody")
    public record OutgoingBody(
            String debtorIban,
            String creditorName,
            String creditorIban,
            String creditorBic,
            String currency,
            String amount,
            String endToEndId,
            String remittance) {}

    @Schema(name = "CurrencyConversionBody")
    public record ConversionBody(
            String debitIban,
            String creditIban,
            String sellCurrency,
            String sellAmount,
            String buyCurrency,
            String buyAmount,

            @Schema(description = "Units of the bought currency for one of the sold")
            String rate,

            String reference) {}

    interface Scales {
        int of(String currency);
    }

    static PaymentJson of(Document d, Scales scales) {
        LocalDate valueDate = null;
        Object body = d.body();
        if (d.body() instanceof InternalTransfer t) {
            valueDate = t.valueDate();
            body = new TransferBody(
                    t.debtorIban(),
                    t.creditorIban(),
                    t.currency(),
                    Amount.plain(t.amount(), scales.of(t.currency())),
                    t.reference());
        } else if (d.body() instanceof OutgoingPayment p) {
            valueDate = p.valueDate();
            body = new OutgoingBody(
                    p.debtorIban(),
                    p.creditorName(),
                    p.creditorIban(),
                    p.creditorBic(),
                    p.currency(),
                    Amount.plain(p.amount(), scales.of(p.currency())),
                    p.endToEndId(),
                    p.remittance());
        } else if (d.body() instanceof CurrencyConversion c) {
            valueDate = c.valueDate();
            body = new ConversionBody(
                    c.debitIban(),
                    c.creditIban(),
                    c.sellCurrency(),
                    Amount.plain(c.sellAmount(), scales.of(c.sellCurrency())),
                    c.buyCurrency(),
                    Amount.plain(c.buyAmount(), scales.of(c.buyCurrency())),
                    c.rate(),
                    c.reference());
        }
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", DocumentViews.address(d));
        DocumentViews.addNextSteps(links, d);
        return new PaymentJson(
                d.id().toString(),
                d.type(),
                d.number(),
                d.branch(),
                d.status(),
                d.maker(),
                d.approver(),
                d.version(),
                d.date(),
                valueDate,
                d.asset(),
                Amount.plain(d.amount(), scales.of(d.asset())),
                d.comment(),
                d.createdAt(),
                body,
                links);
    }
}
