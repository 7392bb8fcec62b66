package org.backoffice.server.bank.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.platform.Sha256;
import org.backoffice.server.web.Form;

/** The three payment forms: their inputs, and how their text becomes the orders' values. */
final class PaymentForms {
    enum Kind {
        TRANSFER(
                "transfer",
                "Internal transfer",
                Set.of("debtorIban", "creditorIban", "currency", "amount", "valueDate", "reference")),
        OUTGOING(
                "outgoing",
                "Outgoing payment",
                Set.of(
                        "debtorIban",
                        "creditorName",
                        "creditorIban",
                        "creditorBic",
                        "currency",
                        "amount",
                        "valueDate",
                        "endToEndId",
                        "remittance")),
        CONVERSION(
                "conversion",
                "Currency conversion",
                Set.of("debitIban", "creditIban", "sellAmount", "valueDate", "reference", "rate", "buyAmount"));

        final String path;
        final String title;
        final Set<String> inputs;

        Kind(String path, String title, Set<String> inputs) {
            this.path = path;
            this.title = title;
            this.inputs = inputs;
        }
    }

    private PaymentForms() {}

    /** What the form asks for, so that the same form key with other content is refused rather than replayed. */
    static String digest(Kind kind, Form form) {
        StringBuilder text = new StringBuilder(kind.name());
        new TreeMap<>(form.values()).forEach((name, value) -> {
            if (kind.inputs.contains(name)) {
                text.append('\n').append(name).append('=').append(value.strip());
            }
        });
        return Sha256.hex(text.toString());
    }

    static Map<String, String> blank(String formKey) {
        return Map.of("formKey", formKey);
    }
}
