package org.backoffice.server.bank.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backoffice.platform.Sha256;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.FieldError;

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

    /** The amount typed, or null when none was; text that is no decimal number is an error at its input. */
    static BigDecimal amount(FormState form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null) {
            return null;
        }
        try {
            // Thousands separators typed into the box are forgiven; what is left must be plain decimal text.
            return Amount.parseDecimal(name, text.replace(",", ""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be a decimal number such as 1250.00"));
            return null;
        }
    }

    static LocalDate date(FormState form, String name, List<FieldError> errors) {
        String text = form.given(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** What the form asks for, so that the same form key with other content is refused rather than replayed. */
    static String digest(Kind kind, FormState form) {
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
