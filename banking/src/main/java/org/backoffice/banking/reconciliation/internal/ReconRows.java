package org.backoffice.banking.reconciliation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.backoffice.banking.reconciliation.ImportedStatement;
import org.backoffice.banking.reconciliation.Match;
import org.backoffice.banking.reconciliation.MatchRule;
import org.backoffice.banking.reconciliation.NostroAccount;
import org.backoffice.banking.reconciliation.PostingRef;
import org.backoffice.banking.reconciliation.StatementItem;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementFormat;

/** The reconciliation tables' rows: how they read, and the queries more than one service needs. */
public final class ReconRows {
    private static final int MAX_TEXT = 500;

    private ReconRows() {}

    public static NostroAccount nostro(ResultSet rs) throws SQLException {
        return new NostroAccount(
                rs.getLong("id"),
                rs.getString("book_number"),
                rs.getLong("ledger_id"),
                rs.getString("branch"),
                rs.getString("currency"),
                rs.getString("correspondent"),
                rs.getString("account_id"),
                Micros.toInstant(rs.getLong("registered_at")),
                rs.getString("registered_by"));
    }

    public static ImportedStatement statement(ResultSet rs, String nostro) throws SQLException {
        return new ImportedStatement(
                rs.getLong("id"),
                nostro,
                rs.getString("statement_id"),
                StatementFormat.valueOf(rs.getString("format")),
                LocalDate.parse(rs.getString("opening_date")),
                rs.getLong("opening_balance"),
                LocalDate.parse(rs.getString("closing_date")),
                rs.getLong("closing_balance"),
                rs.getString("previous_statement"),
                rs.getLong("gap"),
                rs.getInt("entry_count"),
                Micros.toInstant(rs.getLong("imported_at")),
                rs.getString("imported_by"));
    }

    public static StatementItem entry(ResultSet rs) throws SQLException {
        return new StatementItem(
                rs.getLong("id"),
                rs.getLong("statement_row"),
                rs.getInt("position"),
                LocalDate.parse(rs.getString("value_date")),
                LocalDate.parse(rs.getString("booking_date")),
                StatementEntry.Side.valueOf(rs.getString("side")),
                rs.getLong("amount"),
                rs.getInt("reversal") != 0,
                rs.getString("reference"),
                rs.getString("servicer_reference"),
                rs.getString("transaction_code"),
                rs.getString("description"));
    }

    /** The nostro's matches with their postings, oldest first. */
    public static List<Match> matches(DataSource readers, NostroAccount nostro) {
        Map<Long, List<PostingRef>> postings = new HashMap<>();
        Sql.query(
                        readers,
                        "SELECT p.match_id, p.transaction_id, p.posting_index FROM recon_match_postings p"
                                + " JOIN recon_matches m ON m.id = p.match_id WHERE m.nostro_id = ?"
                                + " ORDER BY p.match_id, p.transaction_id, p.posting_index",
                        rs -> new Object[] {rs.getLong(1), new PostingRef(rs.getLong(2), rs.getInt(3))},
                        nostro.id())
                .forEach(row -> postings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((PostingRef) row[1]));
        return Sql.query(
                readers,
                "SELECT * FROM recon_matches WHERE nostro_id = ? ORDER BY id",
                rs -> new Match(
                        rs.getLong("id"),
                        nostro.bookNumber(),
                        rs.getLong("entry_id"),
                        MatchRule.valueOf(rs.getString("rule")),
                        rs.getString("explanation"),
                        postings.getOrDefault(rs.getLong("id"), List.of()),
                        Micros.toInstant(rs.getLong("matched_at")),
                        rs.getString("matched_by")),
                nostro.id());
    }

    /** Entries of the nostro no match holds, read in the caller's transaction. */
    public static List<StatementItem> unmatchedEntries(Connection c, long nostroId) throws SQLException {
        return Sql.query(
                c,
                "SELECT e.* FROM recon_entries e LEFT JOIN recon_matches m ON m.entry_id = e.id"
                        + " WHERE e.nostro_id = ? AND m.id IS NULL ORDER BY e.value_date, e.id",
                ReconRows::entry,
                nostroId);
    }

    /** Postings of the nostro a match holds already, read in the caller's transaction. */
    public static Set<PostingRef> matchedPostings(Connection c, long nostroId) throws SQLException {
        return new HashSet<>(Sql.query(
                c,
                "SELECT p.transaction_id, p.posting_index FROM recon_match_postings p"
                        + " JOIN recon_matches m ON m.id = p.match_id WHERE m.nostro_id = ?",
                rs -> new PostingRef(rs.getLong(1), rs.getInt(2)),
                nostroId));
    }

    /** The nostro's statements, by closing date. */
    public static List<ImportedStatement> statements(DataSource readers, NostroAccount nostro) {
        return Sql.query(
                readers,
                "SELECT * FROM recon_statements WHERE nostro_id = ? ORDER BY closing_date, imported_at",
                rs -> statement(rs, nostro.bookNumber()),
                nostro.id());
    }

    /**
     * The first value date the statements cover: a statement whose opening balance is dated the day
     * before its closing one (MT 60F) covers from the day after; one opening and closing on the same
     * day (a daily camt.053) covers that day.
     */
    public static LocalDate start(List<ImportedStatement> statements) {
        return statements.stream()
                .map(s -> s.openingDate().isBefore(s.closingDate())
                        ? s.openingDate().plusDays(1)
                        : s.openingDate())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Records a match of an entry with our postings, its rule and its reason, in the caller's transaction. */
    public static void insertMatch(
            Connection c,
            long id,
            NostroAccount nostro,
            long entryId,
            List<PostingRef> refs,
            MatchRule rule,
            String explanation,
            long now,
            String by)
            throws SQLException {
        Sql.update(
                c,
                "INSERT INTO recon_matches (id, nostro_id, entry_id, rule, explanation, matched_at, matched_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                nostro.id(),
                entryId,
                rule.name(),
                explanation.length() <= MAX_TEXT ? explanation : explanation.substring(0, MAX_TEXT - 1) + "…",
                now,
                by);
        for (PostingRef ref : refs) {
            Sql.update(
                    c,
                    "INSERT INTO recon_match_postings (match_id, transaction_id, posting_index) VALUES (?, ?, ?)",
                    id,
                    ref.transactionId(),
                    ref.postingIndex());
        }
    }
}
