package org.backoffice.banking.message;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Payments and batches that pass every check, to vary one field at a time. */
final class ClearingFixture {
    static final LocalDate SETTLEMENT = LocalDate.of(2026, 3, 16);

    private ClearingFixture() {}

    static ClearingPayment payment(String endToEndId, String amount) {
        return new ClearingPayment(
                endToEndId,
                "Anna Example",
                "DE89370400440532013000",
                "COBADEFFXXX",
                "Bob Beispiel & Söhne <GmbH>",
                "FR1420041010050500013M02606",
                "BNPAFRPP",
                "EUR",
                new BigDecimal(amount),
                "Invoice 2026-117",
                SETTLEMENT);
    }

    static ClearingBatch batch() {
        return new ClearingBatch(
                "MSG-2026-03-16-001",
                Instant.parse("2026-03-16T08:30:00Z"),
                SETTLEMENT,
                "BOFFDEFFXXX",
                "CLRHDEFF",
                List.of(
                        payment("E2E-1", "1250.00"),
                        payment("E2E-2", "0.01"),
                        new ClearingPayment(
                                "E2E-3",
                                "Carl Client",
                                "NL91ABNA0417164300",
                                "ABNANL2A",
                                "Dora Debit",
                                "BE68539007547034",
                                "GEBABEBB",
                                "EUR",
                                new BigDecimal("99999.99"),
                                null,
                                SETTLEMENT)));
    }

    static String resource(String name) {
        try (InputStream in = ClearingFixture.class.getResourceAsStream("/messages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
