package org.backoffice.server.bank.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.organisation.Branch;
import org.backoffice.platform.organisation.LegalEntity;
import org.backoffice.platform.security.Actor;
import org.backoffice.reporting.AccountStatement;
import org.backoffice.reporting.Period;

/**
 * A client's statement for a period of booking dates in the bank's time zone: the bank's name, the client's name and
 * address and the IBAN on top, each movement with its document number and the running balance, opening and closing
 * balances. Movements are read from the ledger in pages; a statement is for a person to read, so it is bounded.
 */
final class ClientStatementPdf {
    static final int MAX_LINES = 10_000;
    private static final int PAGE = 1000;

    private ClientStatementPdf() {}

    static AccountStatement of(
            Banking banking, Actor actor, CustomerAccount account, Client client, Period period, int scale) {
        ZoneId zone = banking.settings().zone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        StatementQuery query = new StatementQuery(AccountId.of(account.ledgerId()), from, to, Optional.empty(), PAGE);
        List<AccountStatement.Line> lines = new ArrayList<>();
        Map<Long, String> numbers = new HashMap<>();
        Long opening = null;
        long closing = 0;
        while (true) {
            StatementPage page = banking.platform().accounts().statement(actor, account.bookNumber(), query);
            if (opening == null) {
                opening = page.openingBalance();
            }
            closing = page.closingBalance();
            for (StatementLine line : page.lines()) {
                BigDecimal amount = Amount.decimal(line.amount(), scale);
                lines.add(new AccountStatement.Line(
                        line.bookedAt().atZone(zone).toLocalDate(),
                        numbers.computeIfAbsent(
                                line.transactionId().value(), id -> number(banking, actor, id, line.reference())),
                        "value " + line.valueDate(),
                        line.side() == Side.DEBIT ? amount : null,
                        line.side() == Side.CREDIT ? amount : null,
                        Amount.decimal(line.balanceAfter(), scale)));
            }
            if (lines.size() > MAX_LINES) {
                throw new IllegalArgumentException(
                        "from: the period holds more than " + MAX_LINES + " movements; choose a shorter one");
            }
            Optional<StatementCursor> next = page.next();
            if (next.isEmpty()) {
                break;
            }
            query = query.continueAfter(next.get());
        }
        List<String> header = List.of(
                bankName(banking),
                client.name(),
                client.address() + ", " + client.country(),
                "IBAN " + account.iban().printed() + " · " + account.currency() + " · " + account.product(),
                "BIC " + banking.settings().bic());
        return new AccountStatement(
                header,
                account.currency(),
                period,
                Amount.decimal(opening == null ? 0 : opening, scale),
                lines,
                Amount.decimal(closing, scale));
    }

    /** The name of the legal entity that keeps head office, or its code when it has none. */
    static String bankName(Banking banking) {
        var organisation = banking.platform().organisation();
        String entity = organisation.branches().stream()
                .filter(Branch::headOffice)
                .map(Branch::legalEntity)
                .findFirst()
                .orElse(null);
        return organisation.legalEntities().stream()
                .filter(e -> entity == null || e.code().equals(entity))
                .map(LegalEntity::name)
                .findFirst()
                .orElse(banking.settings().bic());
    }

    /** The document's number where the movement came from one the reader may see, else the ledger's reference. */
    private static String number(Banking banking, Actor actor, long transactionId, String reference) {
        return banking.platform()
                .documents()
                .find(actor, new DocumentId(transactionId))
                .map(Document::number)
                .orElse(reference == null ? "" : reference);
    }

    static LocalDate firstOfMonth(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
