package org.backoffice.banking.reconciliation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.reconciliation.internal.BusinessDayCount;
import org.backoffice.banking.reconciliation.internal.Matcher;
import org.backoffice.banking.reconciliation.internal.NostroPostings;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.statement.AccountStatement;
import org.backoffice.platform.statement.StatementEntry;
import org.backoffice.platform.statement.StatementFormat;
import org.backoffice.platform.statement.StatementReader;

/**
 * Reconciles the bank's nostro book accounts with the statements of its correspondents. Each
 * import runs the matching rules on the account; what stays unmatched becomes a break that a user
 * owns and resolves. Roles: administrators and accountants register nostro accounts; operators,
 * controllers, accountants and treasurers import statements; operators, controllers and
 * accountants assign and resolve breaks; everyone who sees the book account's branch may look.
 */
public final class Reconciliation {
    public static final String NOSTRO_CHART = "1020";
    private static final String BIC = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?";
    private static final Set<Role> REGISTRARS = Set.of(Role.ADMINISTRATOR, Role.ACCOUNTANT);
    private static final Set<Role> IMPORTERS = Set.of(Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT, Role.TREASURER);
    private static final Set<Role> RESOLVERS = Set.of(Role.OPERATOR, Role.CONTROLLER, Role.ACCOUNTANT);
    private static final int MAX_NOTE = 500;

    private final Platform platform;
    private final BankingSettings settings;
    private final ReconciliationSettings rules;
    private final Supplier<BusinessCalendar> calendar;
    private final NostroPostings postings;

    public Reconciliation(
            Platform platform,
            BankingSettings settings,
            ReconciliationSettings rules,
            Supplier<BusinessCalendar> calendar) {
        this.platform = platform;
        this.settings = settings;
        this.rules = rules;
        this.calendar = calendar;
        this.postings = new NostroPostings(platform);
    }

    public ReconciliationSettings rules() {
        return rules;
    }

    // ---------------------------------------------------------------- nostro accounts

    /** Registers a 1020 book account as the mirror of an account at a correspondent. */
    public NostroAccount register(Actor actor, RegisterNostro request) {
        requireAny(actor, REGISTRARS, "register nostro accounts");
        List<FieldError> errors = new ArrayList<>();
        String number = request.bookNumber() == null ? "" : request.bookNumber().strip();
        Optional<BookAccount> book =
                number.isEmpty() ? Optional.empty() : platform.accounts().account(number);
        if (number.isEmpty()) {
            errors.add(new FieldError("bookNumber", "must be given"));
        } else if (book.isEmpty() || !actor.canSee(book.get().branch())) {
            errors.add(new FieldError("bookNumber", "no book account " + number + " in your branches"));
        } else if (!book.get().chartCode().equals(NOSTRO_CHART)) {
            errors.add(new FieldError(
                    "bookNumber",
                    number + " is on chart line " + book.get().chartCode() + "; a nostro account is on " + NOSTRO_CHART
                            + " (correspondent accounts)"));
        } else if (find(number).isPresent()) {
            errors.add(new FieldError("bookNumber", number + " is registered already"));
        }
        String bic = request.correspondentBic() == null
                ? ""
                : request.correspondentBic().strip();
        if (!bic.matches(BIC)) {
            errors.add(new FieldError("correspondentBic", "must be a BIC of 8 or 11 characters, was '" + bic + "'"));
        }
        String accountId = request.accountIdentification() == null
                ? ""
                : request.accountIdentification().strip();
        if (accountId.isEmpty() || accountId.length() > 35) {
            errors.add(new FieldError(
                    "accountIdentification", "must be 1 to 35 characters, as the statements' Acct/Id or :25:"));
        } else if (book.isPresent()) {
            Optional<NostroAccount> taken =
                    byIdentification(accountId, book.get().asset());
            taken.ifPresent(t -> errors.add(new FieldError(
                    "accountIdentification",
                    accountId + " in " + t.currency() + " is registered already for " + t.bookNumber())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        BookAccount account = book.orElseThrow();
        long id = platform.ids().next().value();
        long now = Micros.now(platform.clock());
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "REGISTER",
                "NostroAccount",
                account.number(),
                account.branch(),
                null,
                "{\"correspondent\":\"" + bic + "\",\"account\":\"" + json(accountId) + "\"}");
        platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "INSERT INTO recon_nostros (id, book_number, ledger_id, branch, currency, correspondent, account_id,"
                                + " registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        account.number(),
                        account.ledgerId().value(),
                        account.branch(),
                        account.asset(),
                        bic,
                        accountId,
                        now,
                        actor.username()));
        return find(account.number()).orElseThrow();
    }

    /** The nostro accounts of the actor's branches, by book number. */
    public List<NostroAccount> nostros(Actor actor) {
        return Sql.query(readers(), "SELECT * FROM recon_nostros ORDER BY book_number", ReconRows::nostro).stream()
                .filter(n -> actor.canSee(n.branch()))
                .toList();
    }

    public NostroAccount nostro(Actor actor, String bookNumber) {
        return find(bookNumber)
                .filter(n -> actor.canSee(n.branch()))
                .orElseThrow(() -> new NoSuchElementException("no nostro account " + bookNumber + " in your branches"));
    }

    // ---------------------------------------------------------------- statements

    /**
     * Imports the statements of a file, each on its own: a statement of an unregistered account,
     * one imported before (same account and statement id) or one whose amounts the currency cannot
     * hold is refused and the others load. The file itself must read whole ("file: ..." or
     * "statement ID: ..." otherwise). After each statement the matching rules run on its account.
     *
     * @param format null to tell from the content
     */
    public ImportResult importFile(Actor actor, String content, StatementFormat format) {
        requireAny(actor, IMPORTERS, "import statements");
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("file: is empty");
        }
        StatementFormat kind = format != null ? format : StatementFormat.detect(content, StatementFormat.CASH);
        List<AccountStatement> statements = StatementReader.cash(content, kind);
        List<StatementImport> outcomes = new ArrayList<>();
        for (AccountStatement statement : statements) {
            outcomes.add(importOne(actor, statement, kind));
        }
        return new ImportResult(kind, outcomes);
    }

    private StatementImport importOne(Actor actor, AccountStatement statement, StatementFormat format) {
        String account = statement.account();
        Optional<NostroAccount> found = byIdentification(account, statement.currency());
        if (found.isEmpty()) {
            List<NostroAccount> other = Sql.query(
                    readers(), "SELECT * FROM recon_nostros WHERE account_id = ?", ReconRows::nostro, account);
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
        int scale = scale(nostro.currency());
        long opening;
        long closing;
        List<long[]> amounts = new ArrayList<>();
        try {
            opening = units(statement.openingBalance(), scale);
            closing = units(statement.closingBalance(), scale);
            for (StatementEntry entry : statement.entries()) {
                amounts.add(new long[] {units(entry.amount(), scale)});
            }
        } catch (ArithmeticException e) {
            return refused(statement, "amount", "has more than " + scale + " decimal places for " + nostro.currency());
        }
        long rowId = platform.ids().next().value();
        long now = Micros.now(platform.clock());
        List<AuditRecord> audit = new ArrayList<>();
        String[] previous = new String[1];
        long[] gap = new long[1];
        boolean stored = platform.change(audit, c -> {
            if (!Sql.query(
                            c,
                            "SELECT id FROM recon_statements WHERE nostro_id = ? AND statement_id = ?",
                            rs -> rs.getLong(1),
                            nostro.id(),
                            statement.statementId())
                    .isEmpty()) {
                return false;
            }
            List<Object[]> before = Sql.query(
                    c,
                    "SELECT statement_id, closing_balance FROM recon_statements WHERE nostro_id = ?"
                            + " AND closing_date < ? ORDER BY closing_date DESC, imported_at DESC",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)},
                    nostro.id(),
                    statement.closingDate().toString());
            if (!before.isEmpty()) {
                previous[0] = (String) before.getFirst()[0];
                gap[0] = Math.subtractExact(opening, (Long) before.getFirst()[1]);
            }
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
                    previous[0],
                    gap[0],
                    statement.entries().size(),
                    now,
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
                    insert.setLong(8, amounts.get(i)[0]);
                    insert.setInt(9, entry.reversal() ? 1 : 0);
                    insert.setString(10, entry.reference());
                    insert.setString(11, entry.servicerReference());
                    insert.setString(12, entry.transactionCode());
                    insert.setString(13, entry.description());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            audit.add(new AuditRecord(
                    actor.username(),
                    "IMPORT",
                    "CorrespondentStatement",
                    nostro.bookNumber() + "/" + statement.statementId(),
                    nostro.branch(),
                    null,
                    "{\"format\":\"" + format.name() + "\",\"entries\":"
                            + statement.entries().size() + ",\"opening\":" + opening + ",\"closing\":" + closing
                            + ",\"gap\":" + gap[0] + "}"));
            return true;
        });
        if (!stored) {
            return refused(
                    statement,
                    "statementId",
                    "statement " + statement.statementId() + " of " + account + " was imported before");
        }
        MatchRun run = run(actor, nostro);
        ImportedStatement saved = statements(nostro).stream()
                .filter(s -> s.id() == rowId)
                .findFirst()
                .orElseThrow();
        String warning = gap[0] == 0
                ? null
                : "openingBalance: " + decimal(opening, scale) + " does not continue statement " + previous[0]
                        + ", which closed at " + decimal(Math.subtractExact(opening, gap[0]), scale) + ": a gap of "
                        + decimal(gap[0], scale) + " " + nostro.currency();
        return new StatementImport.Imported(account, saved, warning, run);
    }

    private static StatementImport.Refused refused(AccountStatement statement, String field, String message) {
        return new StatementImport.Refused(statement.statementId(), statement.account(), field, message);
    }

    /** The nostro's statements, by closing date. */
    public List<ImportedStatement> statements(Actor actor, String bookNumber) {
        return statements(nostro(actor, bookNumber));
    }

    private List<ImportedStatement> statements(NostroAccount nostro) {
        return Sql.query(
                readers(),
                "SELECT * FROM recon_statements WHERE nostro_id = ? ORDER BY closing_date, imported_at",
                rs -> ReconRows.statement(rs, nostro.bookNumber()),
                nostro.id());
    }

    /** The nostro's statement entries, by value date. */
    public List<StatementItem> entries(Actor actor, String bookNumber) {
        NostroAccount nostro = nostro(actor, bookNumber);
        return Sql.query(
                readers(),
                "SELECT * FROM recon_entries WHERE nostro_id = ? ORDER BY value_date, statement_row, position",
                ReconRows::entry,
                nostro.id());
    }

    /** Our postings on the nostro since its first statement, those matched included. */
    public List<NostroPosting> postings(Actor actor, String bookNumber) {
        NostroAccount nostro = nostro(actor, bookNumber);
        List<ImportedStatement> statements = statements(nostro);
        return statements.isEmpty() ? List.of() : postings.since(nostro, start(statements));
    }

    public List<Match> matches(Actor actor, String bookNumber) {
        return ReconRows.matches(readers(), nostro(actor, bookNumber));
    }

    // ---------------------------------------------------------------- matching

    /** Runs the matching rules on the nostro again: for postings made since, or after a rule changed. */
    public MatchRun match(Actor actor, String bookNumber) {
        requireAny(actor, IMPORTERS, "run the matching");
        return run(actor, nostro(actor, bookNumber));
    }

    private MatchRun run(Actor actor, NostroAccount nostro) {
        List<ImportedStatement> statements = statements(nostro);
        if (statements.isEmpty()) {
            return new MatchRun(0, 0, 0);
        }
        LocalDate through = statements.stream()
                .map(ImportedStatement::closingDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<NostroPosting> ours = postings.since(nostro, start(statements));
        Matcher matcher = new Matcher(calendar.get(), rules, scale(nostro.currency()));
        String owner = platform.users().find(actor.username()).isPresent() ? actor.username() : null;
        long now = Micros.now(platform.clock());
        List<AuditRecord> audit = new ArrayList<>();
        return platform.change(audit, c -> {
            // What a user explained already (written off, corrected) stays as they left it.
            Set<Long> settledEntries = new HashSet<>(Sql.query(
                    c,
                    "SELECT entry_id FROM recon_breaks WHERE nostro_id = ? AND kind = 'ENTRY' AND status = 'RESOLVED'",
                    rs -> rs.getLong(1),
                    nostro.id()));
            Set<PostingRef> used = ReconRows.matchedPostings(c, nostro.id());
            used.addAll(Sql.query(
                    c,
                    "SELECT transaction_id, posting_index FROM recon_breaks WHERE nostro_id = ? AND kind = 'POSTING'"
                            + " AND status = 'RESOLVED'",
                    rs -> new PostingRef(rs.getLong(1), rs.getInt(2)),
                    nostro.id()));
            List<StatementItem> entries = ReconRows.unmatchedEntries(c, nostro.id()).stream()
                    .filter(e -> !settledEntries.contains(e.id()))
                    .toList();
            List<NostroPosting> free =
                    ours.stream().filter(p -> !used.contains(p.ref())).toList();
            List<Matcher.Proposal> proposals = matcher.match(entries, free);
            int closed = 0;
            Set<Long> matchedEntries = new HashSet<>();
            Set<PostingRef> matchedPostings = new HashSet<>();
            for (Matcher.Proposal proposal : proposals) {
                long matchId = insertMatch(
                        c,
                        nostro,
                        proposal.entry().id(),
                        proposal.postings().stream().map(NostroPosting::ref).toList(),
                        proposal.rule(),
                        proposal.explanation(),
                        now,
                        actor.username());
                matchedEntries.add(proposal.entry().id());
                String note = "matched by rule " + proposal.rule() + ": " + proposal.explanation();
                closed += closeBreak(
                        c,
                        "entry_id = ?",
                        matchId,
                        Resolution.AUTO_MATCHED,
                        note,
                        now,
                        actor,
                        proposal.entry().id());
                for (NostroPosting posting : proposal.postings()) {
                    matchedPostings.add(posting.ref());
                    closed += closeBreak(
                            c,
                            "transaction_id = ? AND posting_index = ?",
                            matchId,
                            Resolution.AUTO_MATCHED,
                            note,
                            now,
                            actor,
                            posting.ref().transactionId(),
                            posting.ref().postingIndex());
                }
            }
            Set<Long> entryBreaks = new HashSet<>(Sql.query(
                    c,
                    "SELECT entry_id FROM recon_breaks WHERE nostro_id = ? AND kind = 'ENTRY'",
                    rs -> rs.getLong(1),
                    nostro.id()));
            Set<PostingRef> postingBreaks = new HashSet<>(Sql.query(
                    c,
                    "SELECT transaction_id, posting_index FROM recon_breaks WHERE nostro_id = ? AND kind = 'POSTING'",
                    rs -> new PostingRef(rs.getLong(1), rs.getInt(2)),
                    nostro.id()));
            int opened = 0;
            for (StatementItem entry : entries) {
                if (!matchedEntries.contains(entry.id()) && !entryBreaks.contains(entry.id())) {
                    insertBreak(
                            c,
                            nostro,
                            BreakKind.ENTRY,
                            entry.id(),
                            null,
                            entry.valueDate(),
                            entry.side().name(),
                            entry.amount(),
                            entry.reference(),
                            owner,
                            now);
                    opened++;
                }
            }
            for (NostroPosting posting : free) {
                if (!matchedPostings.contains(posting.ref())
                        && !postingBreaks.contains(posting.ref())
                        && !posting.valueDate().isAfter(through)) {
                    insertBreak(
                            c,
                            nostro,
                            BreakKind.POSTING,
                            null,
                            posting.ref(),
                            posting.valueDate(),
                            posting.side().name(),
                            posting.amount(),
                            posting.shownReference(),
                            owner,
                            now);
                    opened++;
                }
            }
            MatchRun result = new MatchRun(proposals.size(), opened, closed);
            if (!result.equals(new MatchRun(0, 0, 0))) {
                audit.add(new AuditRecord(
                        actor.username(),
                        "MATCH",
                        "NostroAccount",
                        nostro.bookNumber(),
                        nostro.branch(),
                        null,
                        "{\"matched\":" + result.matched() + ",\"breaksOpened\":" + opened + ",\"breaksClosed\":"
                                + closed + "}"));
            }
            return result;
        });
    }

    private long insertMatch(
            Connection c,
            NostroAccount nostro,
            long entryId,
            List<PostingRef> refs,
            MatchRule rule,
            String explanation,
            long now,
            String by)
            throws SQLException {
        long id = platform.ids().next().value();
        Sql.update(
                c,
                "INSERT INTO recon_matches (id, nostro_id, entry_id, rule, explanation, matched_at, matched_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                nostro.id(),
                entryId,
                rule.name(),
                truncate(explanation),
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
        return id;
    }

    private static int closeBreak(
            Connection c,
            String which,
            long matchId,
            Resolution resolution,
            String note,
            long now,
            Actor actor,
            Object... key)
            throws SQLException {
        Object[] args = new Object[5 + key.length];
        args[0] = resolution.name();
        args[1] = matchId;
        args[2] = truncate(note);
        args[3] = now;
        args[4] = actor.username();
        System.arraycopy(key, 0, args, 5, key.length);
        return Sql.update(
                c,
                "UPDATE recon_breaks SET status = 'RESOLVED', resolution = ?, match_id = ?, note = ?, resolved_at = ?,"
                        + " resolved_by = ?, version = version + 1 WHERE status = 'OPEN' AND " + which,
                args);
    }

    private void insertBreak(
            Connection c,
            NostroAccount nostro,
            BreakKind kind,
            Long entryId,
            PostingRef posting,
            LocalDate valueDate,
            String side,
            long amount,
            String reference,
            String owner,
            long now)
            throws SQLException {
        Sql.update(
                c,
                "INSERT INTO recon_breaks (id, nostro_id, kind, entry_id, transaction_id, posting_index, value_date,"
                        + " side, amount, reference, owner, status, opened_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 1)",
                platform.ids().next().value(),
                nostro.id(),
                kind.name(),
                entryId,
                posting == null ? null : posting.transactionId(),
                posting == null ? null : posting.postingIndex(),
                valueDate.toString(),
                side,
                amount,
                reference,
                owner,
                now);
    }

    // ---------------------------------------------------------------- breaks

    /** Breaks of the actor's branches, oldest value date first. */
    public List<Break> breaks(Actor actor, BreakQuery query) {
        Map<Long, NostroAccount> visible = new HashMap<>();
        for (NostroAccount n : nostros(actor)) {
            if (query.nostro() == null
                    || query.nostro().isBlank()
                    || n.bookNumber().equals(query.nostro())) {
                visible.put(n.id(), n);
            }
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        StringBuilder sql =
                new StringBuilder("SELECT * FROM recon_breaks WHERE nostro_id IN (" + Sql.marks(visible.size()) + ")");
        List<Object> args = new ArrayList<>(visible.keySet());
        if (query.status() != null) {
            sql.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (BreakQuery.UNASSIGNED.equals(query.owner())) {
            sql.append(" AND owner IS NULL");
        } else if (query.owner() != null && !query.owner().isBlank()) {
            sql.append(" AND owner = ?");
            args.add(query.owner().strip());
        }
        sql.append(" ORDER BY value_date, id");
        LocalDate today = today();
        BusinessCalendar days = calendar.get();
        List<Break> found = Sql.query(
                readers(),
                sql.toString(),
                rs -> {
                    NostroAccount n = visible.get(rs.getLong("nostro_id"));
                    return ReconRows.breakRow(rs, n.bookNumber(), n.currency(), d -> age(days, d, today));
                },
                args.toArray());
        return query.minAge() == null
                ? found
                : found.stream().filter(b -> b.age() >= query.minAge()).toList();
    }

    public Break breakOf(Actor actor, long id) {
        List<Object[]> row = Sql.query(
                readers(),
                "SELECT b.nostro_id, n.book_number FROM recon_breaks b JOIN recon_nostros n ON n.id = b.nostro_id"
                        + " WHERE b.id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                id);
        if (row.isEmpty()) {
            throw new NoSuchElementException("no break " + id);
        }
        NostroAccount nostro = find((String) row.getFirst()[1])
                .filter(n -> actor.canSee(n.branch()))
                .orElseThrow(() -> new NoSuchElementException("no break " + id));
        LocalDate today = today();
        BusinessCalendar days = calendar.get();
        return Sql.one(
                        readers(),
                        "SELECT * FROM recon_breaks WHERE id = ?",
                        rs -> ReconRows.breakRow(rs, nostro.bookNumber(), nostro.currency(), d -> age(days, d, today)),
                        id)
                .orElseThrow();
    }

    /** Gives the break to a user to explain. */
    public Break assign(Actor actor, long id, String owner) {
        requireAny(actor, RESOLVERS, "assign breaks");
        Break current = breakOf(actor, id);
        String username = owner == null ? "" : owner.strip();
        if (username.isEmpty()) {
            throw new IllegalArgumentException("owner: must be given");
        }
        if (platform.users().find(username).filter(u -> u.enabled()).isEmpty()) {
            throw new IllegalArgumentException("owner: there is no enabled user '" + username + "'");
        }
        if (!current.open()) {
            throw new IllegalStateException("break " + id + " is resolved already");
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "ASSIGN",
                "ReconciliationBreak",
                Long.toString(id),
                nostro(actor, current.nostro()).branch(),
                current.owner() == null ? null : "{\"owner\":\"" + current.owner() + "\"}",
                "{\"owner\":\"" + username + "\"}");
        int changed = platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE recon_breaks SET owner = ?, version = version + 1 WHERE id = ? AND version = ?"
                                + " AND status = 'OPEN'",
                        username,
                        id,
                        current.version()));
        if (changed == 0) {
            throw new IllegalStateException("break " + id + " changed meanwhile; look again");
        }
        return breakOf(actor, id);
    }

    /**
     * Resolves an open break: a manual match (which records the match and closes the counterpart's
     * break too), a correcting document, or a write-off with a reason.
     */
    public Break resolve(Actor actor, long id, Resolve resolve) {
        requireAny(actor, RESOLVERS, "resolve breaks");
        Break current = breakOf(actor, id);
        if (!current.open()) {
            throw new IllegalStateException("break " + id + " is resolved already");
        }
        NostroAccount nostro = nostro(actor, current.nostro());
        long now = Micros.now(platform.clock());
        String branch = nostro.branch();
        return switch (resolve) {
            case Resolve.ManualMatch m -> manualMatch(actor, current, nostro, m, now);
            case Resolve.Corrected corrected -> {
                String number = corrected.documentNumber() == null
                        ? ""
                        : corrected.documentNumber().strip();
                if (number.isEmpty()) {
                    throw new IllegalArgumentException("documentNumber: must be given");
                }
                List<Object[]> document = Sql.query(
                        readers(),
                        "SELECT status, reversal_id FROM documents WHERE number = ?",
                        rs -> new Object[] {rs.getString(1), rs.getObject(2)},
                        number);
                if (document.isEmpty()) {
                    throw new IllegalArgumentException("documentNumber: there is no document " + number);
                }
                String status = (String) document.getFirst()[0];
                if (!status.equals("POSTED") && !status.equals("REVERSED")) {
                    throw new IllegalArgumentException("documentNumber: " + number + " is " + status
                            + "; the correction must be posted (or the original reversed)");
                }
                Long reversal = document.getFirst()[1] == null ? null : ((Number) document.getFirst()[1]).longValue();
                String note = optionalNote("note", corrected.note());
                yield corrected(actor, current, nostro, note, number, reversal, now);
            }
            case Resolve.WrittenOff off -> {
                String reason = off.reason() == null ? "" : off.reason().strip();
                if (reason.isEmpty()) {
                    throw new IllegalArgumentException("reason: must be given to write a break off");
                }
                yield close(actor, current, branch, Resolution.WRITTEN_OFF, optionalNote("reason", reason), null, now);
            }
        };
    }

    /**
     * Closes the break as corrected by a document. The document's own postings on the nostro (the
     * correction, or the reversal of a wrong original) are explained by it too: they get a resolved
     * break of their own, so that neither the matching rules nor the report take them as news.
     */
    private Break corrected(
            Actor actor, Break current, NostroAccount nostro, String note, String number, Long reversal, long now) {
        List<NostroPosting> corrections = postings.since(nostro, LocalDate.MIN).stream()
                .filter(p -> number.equals(p.documentNumber())
                        || (reversal != null && p.ref().transactionId() == reversal))
                .filter(p -> !p.ref().equals(current.posting()))
                .toList();
        AuditRecord audit = resolveAudit(actor, current, nostro.branch(), Resolution.CORRECTED, note, number, null);
        String tied = "correction for break " + current.id() + (note == null ? "" : ": " + note);
        platform.change(List.of(audit), c -> {
            int changed = Sql.update(
                    c,
                    "UPDATE recon_breaks SET status = 'RESOLVED', resolution = 'CORRECTED', note = ?,"
                            + " correcting_document = ?, resolved_at = ?, resolved_by = ?, version = version + 1"
                            + " WHERE id = ? AND version = ? AND status = 'OPEN'",
                    note,
                    number,
                    now,
                    actor.username(),
                    current.id(),
                    current.version());
            if (changed == 0) {
                throw new IllegalStateException("break " + current.id() + " changed meanwhile; look again");
            }
            Set<PostingRef> matched = ReconRows.matchedPostings(c, nostro.id());
            for (NostroPosting p : corrections) {
                if (matched.contains(p.ref())) {
                    continue;
                }
                int closed = Sql.update(
                        c,
                        "UPDATE recon_breaks SET status = 'RESOLVED', resolution = 'CORRECTED', note = ?,"
                                + " correcting_document = ?, resolved_at = ?, resolved_by = ?, version = version + 1"
                                + " WHERE transaction_id = ? AND posting_index = ? AND status = 'OPEN'",
                        truncate(tied),
                        number,
                        now,
                        actor.username(),
                        p.ref().transactionId(),
                        p.ref().postingIndex());
                boolean exists = !Sql.query(
                                c,
                                "SELECT id FROM recon_breaks WHERE transaction_id = ? AND posting_index = ?",
                                rs -> rs.getLong(1),
                                p.ref().transactionId(),
                                p.ref().postingIndex())
                        .isEmpty();
                if (closed == 0 && !exists) {
                    Sql.update(
                            c,
                            "INSERT INTO recon_breaks (id, nostro_id, kind, transaction_id, posting_index, value_date,"
                                    + " side, amount, reference, owner, status, resolution, note, correcting_document,"
                                    + " opened_at, resolved_at, resolved_by, version)"
                                    + " VALUES (?, ?, 'POSTING', ?, ?, ?, ?, ?, ?, ?, 'RESOLVED', 'CORRECTED', ?, ?, ?, ?,"
                                    + " ?, 1)",
                            platform.ids().next().value(),
                            nostro.id(),
                            p.ref().transactionId(),
                            p.ref().postingIndex(),
                            p.valueDate().toString(),
                            p.side().name(),
                            p.amount(),
                            p.shownReference(),
                            current.owner(),
                            truncate(tied),
                            number,
                            now,
                            now,
                            actor.username());
                }
            }
            return null;
        });
        return breakOf(actor, current.id());
    }

    private Break close(
            Actor actor, Break current, String branch, Resolution resolution, String note, String document, long now) {
        AuditRecord audit = resolveAudit(actor, current, branch, resolution, note, document, null);
        int changed = platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE recon_breaks SET status = 'RESOLVED', resolution = ?, note = ?, correcting_document = ?,"
                                + " resolved_at = ?, resolved_by = ?, version = version + 1"
                                + " WHERE id = ? AND version = ? AND status = 'OPEN'",
                        resolution.name(),
                        note,
                        document,
                        now,
                        actor.username(),
                        current.id(),
                        current.version()));
        if (changed == 0) {
            throw new IllegalStateException("break " + current.id() + " changed meanwhile; look again");
        }
        return breakOf(actor, current.id());
    }

    private Break manualMatch(Actor actor, Break current, NostroAccount nostro, Resolve.ManualMatch m, long now) {
        String note = optionalNote("note", m.note());
        StatementItem entry;
        NostroPosting posting;
        if (current.kind() == BreakKind.ENTRY) {
            if (m.posting() == null) {
                throw new IllegalArgumentException("posting: must be given, as TRANSACTION/INDEX of our posting");
            }
            entry = entry(nostro, current.entryId());
            posting = ourPosting(nostro, m.posting(), "posting");
        } else {
            if (m.entryId() == null) {
                throw new IllegalArgumentException("entryId: must be given, the statement entry to match");
            }
            entry = entry(nostro, m.entryId());
            posting = ourPosting(nostro, current.posting(), "posting");
        }
        String counterpart = current.kind() == BreakKind.ENTRY ? "posting" : "entryId";
        if (!Matcher.mirrors(entry, posting)) {
            throw new IllegalArgumentException(counterpart + ": the entry is a " + entry.side() + " and our posting a "
                    + posting.side() + "; their credit is our debit of the nostro");
        }
        if (entry.amount() != posting.amount()) {
            int scale = scale(nostro.currency());
            throw new IllegalArgumentException(counterpart + ": the amounts differ (" + decimal(entry.amount(), scale)
                    + " on the statement, " + decimal(posting.amount(), scale)
                    + " in our books); post a correction and resolve as corrected");
        }
        String explanation = "matched by " + actor.username() + (note == null ? "" : ": " + note);
        AuditRecord audit = resolveAudit(
                actor, current, nostro.branch(), Resolution.MATCHED, note, null, entry.id() + "~" + posting.ref());
        platform.change(List.of(audit), c -> {
            if (!Sql.query(c, "SELECT id FROM recon_matches WHERE entry_id = ?", rs -> rs.getLong(1), entry.id())
                    .isEmpty()) {
                throw new IllegalStateException("entry " + entry.id() + " is matched already");
            }
            if (ReconRows.matchedPostings(c, nostro.id()).contains(posting.ref())) {
                throw new IllegalStateException("posting " + posting.ref() + " is matched already");
            }
            long matchId = insertMatch(
                    c,
                    nostro,
                    entry.id(),
                    List.of(posting.ref()),
                    MatchRule.MANUAL,
                    explanation,
                    now,
                    actor.username());
            int closed = closeBreak(
                    c,
                    "id = ? AND version = ?",
                    matchId,
                    Resolution.MATCHED,
                    note,
                    now,
                    actor,
                    current.id(),
                    current.version());
            if (closed == 0) {
                throw new IllegalStateException("break " + current.id() + " changed meanwhile; look again");
            }
            // The counterpart's own break, if it has one, is explained by the same match.
            closeBreak(c, "entry_id = ?", matchId, Resolution.MATCHED, note, now, actor, entry.id());
            closeBreak(
                    c,
                    "transaction_id = ? AND posting_index = ?",
                    matchId,
                    Resolution.MATCHED,
                    note,
                    now,
                    actor,
                    posting.ref().transactionId(),
                    posting.ref().postingIndex());
            return null;
        });
        return breakOf(actor, current.id());
    }

    private StatementItem entry(NostroAccount nostro, long entryId) {
        return Sql.one(
                        readers(),
                        "SELECT * FROM recon_entries WHERE id = ? AND nostro_id = ?",
                        ReconRows::entry,
                        entryId,
                        nostro.id())
                .orElseThrow(() -> new IllegalArgumentException(
                        "entryId: no entry " + entryId + " on the statements of " + nostro.bookNumber()));
    }

    private NostroPosting ourPosting(NostroAccount nostro, PostingRef ref, String field) {
        return postings.since(nostro, LocalDate.MIN).stream()
                .filter(p -> p.ref().equals(ref))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException(field + ": no posting " + ref + " on " + nostro.bookNumber()));
    }

    private static AuditRecord resolveAudit(
            Actor actor,
            Break current,
            String branch,
            Resolution resolution,
            String note,
            String document,
            String match) {
        return new AuditRecord(
                actor.username(),
                "RESOLVE",
                "ReconciliationBreak",
                Long.toString(current.id()),
                branch,
                "{\"status\":\"OPEN\"}",
                "{\"status\":\"RESOLVED\",\"resolution\":\"" + resolution + "\""
                        + (note == null ? "" : ",\"note\":\"" + json(note) + "\"")
                        + (document == null ? "" : ",\"document\":\"" + json(document) + "\"")
                        + (match == null ? "" : ",\"match\":\"" + match + "\"") + "}");
    }

    // ---------------------------------------------------------------- report

    /** The nostro reconciled at the end of {@code date}; see {@link ReconciliationReport}. */
    public ReconciliationReport report(Actor actor, String bookNumber, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date: must be given, as YYYY-MM-DD");
        }
        NostroAccount nostro = nostro(actor, bookNumber);
        List<ImportedStatement> all = statements(nostro);
        List<ImportedStatement> upTo =
                all.stream().filter(s -> !s.closingDate().isAfter(date)).toList();
        if (upTo.isEmpty()) {
            throw new IllegalArgumentException("date: no statement of " + bookNumber + " closes on or before " + date);
        }
        ImportedStatement last = upTo.getLast();
        LocalDate start = start(all);
        long book = platform.ledger()
                .balanceAsOf(AccountId.of(nostro.ledgerId()), date)
                .map(org.backoffice.ledger.Balance::posted)
                .orElse(0L);
        Set<Long> statementRows = new HashSet<>();
        long gaps = 0;
        for (ImportedStatement s : upTo) {
            statementRows.add(s.id());
            gaps = Math.addExact(gaps, s.gap());
        }
        List<StatementItem> entries = Sql.query(
                        readers(), "SELECT * FROM recon_entries WHERE nostro_id = ?", ReconRows::entry, nostro.id())
                .stream()
                .filter(e -> statementRows.contains(e.statementRow()))
                .toList();
        Map<PostingRef, NostroPosting> ours = new HashMap<>();
        for (NostroPosting p : postings.since(nostro, start)) {
            if (!p.valueDate().isAfter(date)) {
                ours.put(p.ref(), p);
            }
        }
        List<Match> matches = ReconRows.matches(readers(), nostro);
        Map<Long, Match> byEntry = new HashMap<>();
        Map<PostingRef, Match> byPosting = new HashMap<>();
        for (Match m : matches) {
            byEntry.put(m.entryId(), m);
            m.postings().forEach(p -> byPosting.put(p, m));
        }
        Set<Long> entriesIn = new HashSet<>();
        entries.forEach(e -> entriesIn.add(e.id()));
        List<Break> breaks = breaks(actor, new BreakQuery(bookNumber, null, null, null));
        Map<Long, Break> entryBreaks = new HashMap<>();
        Map<PostingRef, Break> postingBreaks = new HashMap<>();
        for (Break b : breaks) {
            if (b.kind() == BreakKind.ENTRY) {
                entryBreaks.put(b.entryId(), b);
            } else {
                postingBreaks.put(b.posting(), b);
            }
        }
        int matchedCount = 0;
        long in = 0;
        long out = 0;
        long transit = 0;
        long resolved = 0;
        long open = 0;
        List<Break> openBreaks = new ArrayList<>();
        for (StatementItem e : entries) {
            long effect = e.side() == StatementEntry.Side.DEBIT ? e.amount() : -e.amount();
            Match m = byEntry.get(e.id());
            if (m != null) {
                if (ours.keySet().containsAll(m.postings())) {
                    matchedCount++;
                    if (e.side() == StatementEntry.Side.CREDIT) {
                        in = Math.addExact(in, e.amount());
                    } else {
                        out = Math.addExact(out, e.amount());
                    }
                } else {
                    transit = Math.addExact(transit, effect);
                }
                continue;
            }
            Break b = entryBreaks.get(e.id());
            if (b != null && !b.open()) {
                resolved = Math.addExact(resolved, effect);
            } else {
                open = Math.addExact(open, effect);
                if (b != null) {
                    openBreaks.add(b);
                }
            }
        }
        for (NostroPosting p : ours.values()) {
            long effect = p.side() == org.backoffice.ledger.Side.DEBIT ? p.amount() : -p.amount();
            Match m = byPosting.get(p.ref());
            if (m != null) {
                if (!entriesIn.contains(m.entryId())) {
                    transit = Math.addExact(transit, effect);
                }
                continue;
            }
            Break b = postingBreaks.get(p.ref());
            if (b != null && !b.open()) {
                resolved = Math.addExact(resolved, effect);
            } else {
                open = Math.addExact(open, effect);
                if (b != null) {
                    openBreaks.add(b);
                }
            }
        }
        openBreaks.sort(Comparator.comparing(Break::valueDate).thenComparing(Break::id));
        return new ReconciliationReport(
                nostro.bookNumber(),
                nostro.currency(),
                scale(nostro.currency()),
                nostro.correspondentBic(),
                date,
                last.statementId(),
                last.closingBalance(),
                book,
                matchedCount,
                in,
                out,
                transit,
                resolved,
                openBreaks,
                open,
                gaps);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The first value date the statements cover: a statement whose opening balance is dated the day
     * before its closing one (MT 60F) covers from the day after; one opening and closing on the same
     * day (a daily camt.053) covers that day.
     */
    private static LocalDate start(List<ImportedStatement> statements) {
        return statements.stream()
                .map(s -> s.openingDate().isBefore(s.closingDate())
                        ? s.openingDate().plusDays(1)
                        : s.openingDate())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private int age(BusinessCalendar days, LocalDate valueDate, LocalDate today) {
        return valueDate.isAfter(today) ? 0 : BusinessDayCount.between(days, valueDate, today);
    }

    private LocalDate today() {
        return platform.clock().instant().atZone(settings.zone()).toLocalDate();
    }

    private Optional<NostroAccount> find(String bookNumber) {
        return Sql.one(readers(), "SELECT * FROM recon_nostros WHERE book_number = ?", ReconRows::nostro, bookNumber);
    }

    private Optional<NostroAccount> byIdentification(String accountId, String currency) {
        return Sql.one(
                readers(),
                "SELECT * FROM recon_nostros WHERE account_id = ? AND currency = ?",
                ReconRows::nostro,
                accountId,
                currency);
    }

    private int scale(String currency) {
        return platform.accounts().asset(currency).map(Asset::scale).orElseThrow();
    }

    private static long units(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).longValueExact();
    }

    private static String decimal(long units, int scale) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }

    private static String optionalNote(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String note = text.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException(field + ": at most " + MAX_NOTE + " characters, was " + note.length());
        }
        return note;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void requireAny(Actor actor, Set<Role> roles, String what) {
        if (roles.stream().noneMatch(actor::has)) {
            throw new SecurityException(actor.username() + " may not " + what + ": that takes one of the roles "
                    + roles.stream().map(Role::name).sorted().toList());
        }
    }

    private javax.sql.DataSource readers() {
        return platform.ledger().readers();
    }
}
