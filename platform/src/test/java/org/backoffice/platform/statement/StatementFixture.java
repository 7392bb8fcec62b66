package org.backoffice.platform.statement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A statement that uses every field, for the round trips through each format. */
final class StatementFixture {
    private StatementFixture() {}

    static AccountStatement statement() {
        LocalDate monday = LocalDate.of(2026, 3, 16);
        return new AccountStatement(
                "STMT-0316",
                "DE89370400440532013000",
                "EUR",
                LocalDate.of(2026, 3, 13),
                new BigDecimal("-120.50"),
                monday,
                new BigDecimal("1174.41"),
                List.of(
                        new StatementEntry(
                                monday,
                                monday,
                                new BigDecimal("1500.00"),
                                StatementEntry.Side.CREDIT,
                                false,
                                "IN-0001",
                                "COBA17",
                                "NTRF",
                                "Rent March Claire Dupont"),
                        new StatementEntry(
                                monday,
                                monday.minusDays(1),
                                new BigDecimal("205.10"),
                                StatementEntry.Side.DEBIT,
                                false,
                                "NONREF",
                                null,
                                "NCHG",
                                "Account fees"),
                        new StatementEntry(
                                monday.plusDays(1),
                                monday,
                                new BigDecimal("0.01"),
                                StatementEntry.Side.CREDIT,
                                true,
                                "OUT-77",
                                "COBA18",
                                "NTRF",
                                null)));
    }

    static String resource(String name) {
        try (InputStream in = StatementFixture.class.getResourceAsStream("/statements/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
