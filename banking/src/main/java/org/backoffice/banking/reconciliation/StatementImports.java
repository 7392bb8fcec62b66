package org.backoffice.banking.reconciliation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.banking.reconciliation.internal.ReconGrants;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementFormat;
import org.backoffice.platform.statement.StatementReader;

/**
 * The correspondents' statements of the nostro accounts, imported: each statement of a file on its
 * own, stored with its entries in minor units of the nostro's currency, its opening balance
 * compared with the closing balance of the statement before it, and the matching rules run on its
 * account after it. Operators, controllers, accountants and treasurers import.
 */
public final class StatementImports {
    private final Platform platform;
    private final NostroRegister register;
    private final NostroMatching matching;

    public StatementImports(Platform platform, NostroRegister register, NostroMatching matching) {
        this.platform = platform;
        this.register = register;
        this.matching = matching;
    }

    /**
     * Imports the statements of a file, each on its own: a statement of an unregistered account,
     * one imported before (same account and statement id) or one whose amounts the currency cannot
     * hold is refused and the others load. The file itself must read whole ("file: ..." or
     * "statement ID: ..." otherwise). After each statement the matching rules run on its account.
     *
     * @param format null to tell from the content
     */
    public ImportResult importFile(Actor actor, String content, StatementFormat format) {
        ReconGrants.require(platform, actor, ReconGrants.IMPORT, "import statements");
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("file: is empty");
        }
        StatementFormat kind = format != null ? format : StatementFormat.detect(content, StatementFormat.CASH);
        List<StatementImport> outcomes = new ArrayList<>();
        for (AccountStatement statement : StatementReader.cash(content, kind)) {
            outcomes.add(importOne(actor, statement, kind));
        }
        return new ImportResult(kind, outcomes);
    }

    /** The nostro's statements, by closing date. */
    public List<ImportedStatement> statements(Actor actor, String bookNumber) {
        return ReconRows.statements(platform.ledger().readers(), register.nostro(actor, bookNumber));
    }

    /** The nostro's statement entries, by value date. */
    public List<StatementItem> entries(Actor actor, String bookNumber) {
        NostroAccount nostro = register.nostro(actor, bookNumber);
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM recon_entries WHERE nostro_id = ? ORDER BY value_date, statement_row, position",
                ReconRows::entry,
                nostro.id());
    }

    private StatementImport importOne(Actor actor, AccountStatement statement, StatementFormat format) {
        String account = statement.account();
        Optional<NostroAccount> found = register.byIdentification(account, statement.currency());
        if (found.isEmpty()) {
            List<NostroAccount> other = register.byIdentification(account);
            return refused(
                    statement,
                    "account",
                    other.isEmpty()
                            ? account + " is not a registered nostro account; register it with its book account first"
                            : account + " is registered in " + other.getFirst().currency() + ", the statement is in "
                                    + statement.currency());
        }
        NostroAccount nostro = found.get();
        if (!actor.canSee(nostro.branch())) {
            return refused(
                    statement,
                    "account",
                    account + " is kept at branch " + nostro.branch() + ", which is not granted to "
                            + actor.username());
        }
        Asset currency = platform.accounts().asset(nostro.currency()).orElseThrow();
        long opening;
        long closing;
        List<Long> amounts = new ArrayList<>();
        try {
            opening = units(statement.openingBalance(), currency);
            closing = units(statement.closingBalance(), currency);
            for (StatementEntry entry : statement.entries()) {
                amounts.add(units(entry.amount(), currency));
            }
        } catch (IllegalArgumentException e) {
            return refused(
                    statement,
                    "amount",
                    "has more than " + currency.scale() + " decimal places for " + nostro.currency());
        }
        long rowId = platform.ids().next().value();
        List<AuditRecord> audit = new ArrayList<>();
        Stored stored = platform.change(audit, c -> {
            if (!Sql.query(
                            c,
                            "SELECT id FROM recon_statements WHERE nostro_id = ? AND statement_id = ?",
                            rs -> rs.getLong(1),
                            nostro.id(),
                            statement.statementId())
                    .isEmpty()) {
                return null;
            }
            List<Stored> before = Sql.query(
                    c,
                    "SELECT statement_id, closing_balance FROM recon_statements WHERE nostro_id = ?"
                            + " AND closing_date < ? ORDER BY closing_date DESC, imported_at DESC",
                    rs -> new Stored(rs.getString(1), Math.subtractExact(opening, rs.getLong(2))),
                    nostro.id(),
                    statement.closingDate().toString());
            Stored result = before.isEmpty() ? new Stored(null, 0) : before.getFirst();
            insert(c, rowId, nostro, statement, format, opening, closing, result, amounts, actor);
            audit.add(new AuditRecord(
                    actor.username(),
                    "IMPORT",
                    "CorrespondentStatement",
                    nostro.bookNumber() + "/" + statement.statementId(),
                    nostro.branch(),
                    null,
                    "{\"format\":\"" + format.name() + "\",\"entries\":"
                            + statement.entries().size() + ",\"opening\":" + opening + ",\"closing\":" + closing
                            + ",\"gap\":" + result.gap() + "}"));
            return result;
        });
        if (stored == null) {
            return refused(
                    statement,
                    "statementId",
                    "statement " + statement.statementId() + " of " + account + " was imported before");
        }
        MatchRun run = matching.run(actor, nostro);
        ImportedStatement saved = ReconRows.statements(platform.ledger().readers(), nostro).stream()
                .filter(s -> s.id() == rowId)
                .findFirst()
                .orElseThrow();
        String warning = stored.gap() == 0
                ? null
                : "openingBalance: " + Amount.plain(opening, currency.scale()) + " does not continue statement "
                        + stored.previous() + ", which closed at "
                        + Amount.plain(Math.subtractExact(opening, stored.gap()), currency.scale()) + ": a gap of "
                        + Amount.plain(stored.gap(), currency.scale()) + " " + nostro.currency();
        return new StatementImport.Imported(account, saved, warning, run);
    }

    /** The statement before this one on the account, and this opening balance less its closing balance. */
    private record Stored(String previous, long gap) {}

    private void insert(
            Connection c,
            long rowId,
            NostroAccount nostro,
            AccountStatement statement,
            StatementFormat format,
            long opening,
            long closing,
            Stored previous,
            List<Long> amounts,
            Actor actor)
            throws SQLException {
        Sql.update(
                c,
                "INSERT INTO recon_statements (id, nostro_id, statement_id, format, opening_date, opening_balance,"
                        + " closing_date, closing_balance, previous_statement, gap, entry_count, imported_at,"
                        + " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rowId,
                nostro.id(),
                statement.statementId(),
                format.name(),
                statement.openingDate().toString(),
                opening,
                statement.closingDate().toString(),
                closing,
                previous.previous(),
                previous.gap(),
                statement.entries().size(),
                Micros.now(platform.clock()),
                actor.username());
        try (var insert = c.prepareStatement(
                "INSERT INTO recon_entries (id, statement_row, nostro_id, position, value_date, booking_date, side,"
                        + " amount, reversal, reference, servicer_reference, transaction_code, description)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < statement.entries().size(); i++) {
                StatementEntry entry = statement.entries().get(i);
                insert.setLong(1, platform.ids().next().value());
                insert.setLong(2, rowId);
                insert.setLong(3, nostro.id());
                insert.setInt(4, i + 1);
                insert.setString(5, entry.valueDate().toString());
                insert.setString(6, entry.bookingDate().toString());
                insert.setString(7, entry.side().name());
                insert.setLong(8, amounts.get(i));
                insert.setInt(9, entry.reversal() ? 1 : 0);
                insert.setString(10, entry.reference());
                insert.setString(11, entry.servicerReference());
                insert.setString(12, entry.transactionCode());
                insert.setString(13, entry.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long units(BigDecimal amount, Asset currency) {
        return Amount.exact("amount", amount, currency).units();
    }

    private static StatementImport.Refused refused(AccountStatement statement, String field, String message) {
        return new StatementImport.Refused(statement.statementId(), statement.account(), field, message);
    }
}
