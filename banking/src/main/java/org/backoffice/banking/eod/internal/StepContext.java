package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Product;
import org.backoffice.banking.eod.EodProgress;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.ledger.Ledger;
import org.backoffice.ledger.Outcome;
import org.backoffice.platform.Platform;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Actor;

/**
 * What every step of one run works with: the day, the bank's products and calendar, the run's hooks,
 * and who records the steps' operations (the person running end of day, over every branch).
 */
public record StepContext(
        Platform platform,
        LocalDate date,
        BusinessCalendar calendar,
        Map<String, Product> products,
        int chunkSize,
        Checkpoint checkpoint,
        EodProgress progress,
        Actor actor,
        EodKinds kinds) {
    public static Map<String, Product> byCode(List<Product> products) {
        return products.stream().collect(Collectors.toUnmodifiableMap(Product::code, Function.identity()));
    }

    /** The first day after {@code date} that is a business day: interest of the days in between accrues on {@code date}. */
    public LocalDate nextBusinessDay() {
        return calendar.nextBusinessDay(date);
    }

    /** Whether {@code date} is the month's last business day: interest is capitalised then. */
    public boolean monthEnd() {
        LocalDate next = nextBusinessDay();
        return next.getMonthValue() != date.getMonthValue() || next.getYear() != date.getYear();
    }

    /** Whether {@code date} is the month's first business day: monthly fees are charged then. */
    public boolean monthStart() {
        LocalDate day = date.withDayOfMonth(1);
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day.equals(date);
    }

    public long house(String branch, String chartCode, String currency) {
        String number = HouseAccounts.number(branch, chartCode, currency);
        return platform.accounts()
                .account(number)
                .map(BookAccount::ledgerId)
                .orElseThrow(() -> new IllegalStateException("house account " + number + " is not open"))
                .value();
    }

    /** Reads on a connection of the ledger's read pool, held only for the work. */
    public <T> T read(Ledger.SqlWork<T> work) {
        try (Connection c = platform.ledger().readers().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("end of day cannot read the database: " + e.getMessage(), e);
        }
    }

    public void reached(EodStep step, int chunk) {
        checkpoint.reached(step, chunk);
    }

    /** Records the operations on the platform's path and waits for their outcomes; a failed batch fails the step. */
    public <T> List<Outcome> record(org.backoffice.platform.operation.OperationKind<T> kind, List<T> operations) {
        if (operations.isEmpty()) {
            return List.of();
        }
        return await(platform.operations().submit(actor, kind, operations));
    }

    /** Waits for every outcome; a ledger that fails (not a rejection, which is a value) fails the step. */
    public static List<Outcome> await(List<CompletableFuture<Outcome>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ledger", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the ledger failed: " + e.getCause().getMessage(), e.getCause());
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
