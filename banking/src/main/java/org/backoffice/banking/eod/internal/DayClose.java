package org.backoffice.banking.eod.internal;

import java.util.List;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * Step 3: the business day is closed. From now on the bank's document types refuse value dates on or
 * before it ({@code BusinessDays.refusal}); only a controller's back-value adjustment may post there.
 */
public final class DayClose {
    private DayClose() {}

    public static StepOutcome run(StepContext context, String username) {
        String date = context.date().toString();
        long now = Micros.now(context.platform().clock());
        AuditRecord audit = new AuditRecord(
                username, "CLOSE", "BusinessDay", date, null, null, "{\"businessDate\":\"" + date + "\"}");
        int inserted = context.platform().change(List.of(audit), c -> {
            if (!Sql.query(c, "SELECT 1 FROM bank_business_days WHERE business_date = ?", rs -> 1, date)
                    .isEmpty()) {
                return 0;
            }
            return Sql.update(
                    c,
                    "INSERT INTO bank_business_days (business_date, closed_at, closed_by) VALUES (?, ?, ?)",
                    date,
                    now,
                    username);
        });
        return new StepOutcome(1, inserted == 1 ? "business day " + date + " closed" : "was closed already");
    }
}
