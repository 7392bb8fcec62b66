package org.backoffice.banking.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.message.FieldChecks;

/**
 * The payments one bank sends to the clearing house for one settlement date, in one currency: a
 * pacs.008 carries a single total interbank settlement amount, so it cannot mix currencies.
 *
 * @param instructedBic the clearing house
 * @param payments may be empty only when read from a file whose every payment was rejected
 */
public record ClearingBatch(
        String messageId,
        Instant createdAt,
        LocalDate settlementDate,
        String instructingBic,
        String instructedBic,
        List<ClearingPayment> payments) {

    public ClearingBatch {
        FieldChecks.text("messageId", messageId, ClearingPayment.MAX_ID);
        FieldChecks.present("createdAt", createdAt);
        FieldChecks.present("settlementDate", settlementDate);
        FieldChecks.bic("instructingBic", instructingBic);
        FieldChecks.bic("instructedBic", instructedBic);
        payments = List.copyOf(FieldChecks.present("payments", payments));
        for (int i = 0; i < payments.size(); i++) {
            ClearingPayment payment = payments.get(i);
            if (!payment.settlementDate().equals(settlementDate)) {
                throw new IllegalArgumentException("payments: payment " + (i + 1) + " settles on "
                        + payment.settlementDate() + ", the batch on " + settlementDate);
            }
            if (!payment.currency().equals(payments.getFirst().currency())) {
                throw new IllegalArgumentException("payments: payment " + (i + 1) + " is in " + payment.currency()
                        + ", the batch in " + payments.getFirst().currency());
            }
        }
    }

    public int count() {
        return payments.size();
    }

    /** The sum of the amounts, as in the group header's CtrlSum. */
    public BigDecimal controlSum() {
        return payments.stream().map(ClearingPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Empty only for an empty batch. */
    public Optional<String> currency() {
        return payments.stream().findFirst().map(ClearingPayment::currency);
    }
}
