package org.backoffice.banking.cash;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.banking.BankingSettings;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.cash.internal.CashRows;
import org.backoffice.banking.internal.BankGrants;
import org.backoffice.banking.internal.FieldRules;
import org.backoffice.banking.payment.ValueDates;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.BalanceLimit;
import org.backoffice.ledger.Side;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.organisation.OpenBookAccount;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/**
 * The cash desk: sets up desks, opens and closes cashiers' shifts, takes cash orders and
 * collections, and keeps the cash book. Rules, maker-checker and posting are the documents' own;
 * this service turns what a cashier enters into documents and keeps the shifts' rows.
 */
public final class CashDesk {
    private static final String DESK_CODE = "[A-Z][A-Z0-9]{0,7}";

    private final Platform platform;
    private final BankingSettings settings;
    private final HouseAccounts house;
    private final ValueDates valueDates;
    private final DataSource readers;

    public CashDesk(Platform platform, BankingSettings settings, HouseAccounts house, ValueDates valueDates) {
        this.platform = platform;
        this.settings = settings;
        this.house = house;
        this.valueDates = valueDates;
        this.readers = platform.ledger().readers();
    }

    /** The business day cash documents are dated with now. */
    public LocalDate today() {
        return valueDates.today();
    }

    // ---- desks

    /** Sets up a desk with a cash account per currency; an administrator's or accountant's action. */
    public Desk setUp(Actor actor, String branch, String code, String name) {
        BankGrants.require(platform, actor, BankGrants.CASH_DESK, Action.CREATE, "may not set up cash desks");
        List<FieldError> errors = new ArrayList<>();
        if (branch == null || platform.organisation().branch(branch).isEmpty()) {
            errors.add(new FieldError("branch", "there is no branch '" + branch + "'"));
        }
        if (code == null || !code.matches(DESK_CODE)) {
            errors.add(new FieldError("code", "must be 1 to 8 upper-case letters and digits, starting with a letter"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            errors.add(new FieldError("name", "must be 1 to 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        actor.requireBranch(branch);
        if (desk(actor, branch, code).isPresent()) {
            throw InvalidDocumentException.of("code", "branch " + branch + " has a desk " + code + " already");
        }
        house.ensure(branch);
        house.ensure(house.headOffice());
        List<OpenBookAccount> missing = new ArrayList<>();
        for (String currency : settings.currencies()) {
            if (platform.accounts()
                    .account(Desk.account(branch, code, currency))
                    .isEmpty()) {
                missing.add(new OpenBookAccount(
                        branch,
                        Desk.CASH_ON_HAND,
                        currency,
                        code,
                        "Cash desk " + code + " (" + currency + ")",
                        BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS));
            }
        }
        if (!missing.isEmpty()) {
            platform.accounts().openAll(actor, missing);
        }
        long now = Micros.now(platform.clock());
        String clean = name.strip();
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "CREATE",
                        "CashDesk",
                        branch + "/" + code,
                        branch,
                        null,
                        "{\"branch\":\"" + branch + "\",\"code\":\"" + code + "\",\"name\":" + quoted(clean) + "}")),
                c -> Sql.update(
                        c,
                        "INSERT INTO cash_desks (branch, code, name, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                        branch,
                        code,
                        clean,
                        actor.username(),
                        now));
        return desk(actor, branch, code).orElseThrow();
    }

    public Optional<Desk> desk(Actor actor, String branch, String code) {
        if (branch == null || !actor.canSee(branch)) {
            return Optional.empty();
        }
        return Sql.one(
                readers, "SELECT * FROM cash_desks WHERE branch = ? AND code = ?", CashDesk::deskRow, branch, code);
    }

    /** The desks of the actor's branches, or of one branch. */
    public List<Desk> desks(Actor actor, String branch) {
        return Sql.query(readers, "SELECT * FROM cash_desks ORDER BY branch, code", CashDesk::deskRow).stream()
                .filter(d -> actor.canSee(d.branch()))
                .filter(d -> branch == null || branch.isBlank() || d.branch().equals(branch))
                .toList();
    }

    /** The desk's cash per currency in minor units, as the ledger has it now. */
    public Map<String, Long> cash(Actor actor, String branch, String code) {
        Desk desk = visibleDesk(actor, branch, code);
        Map<String, Long> cash = new java.util.LinkedHashMap<>();
        for (String currency : settings.currencies()) {
            cash.put(currency, posted(desk.account(currency)));
        }
        return cash;
    }

    // ---- shifts

    /**
     * Opens the cashier's shift at the desk. With a float it is a ShiftOpen document moving the
     * cash from the vault; without one (the cash stayed at the desk) the shift opens by itself,
     * with an audit entry.
     */
    public synchronized Shift openShift(Actor actor, String branch, String desk, List<FloatLine> floats) {
        actor.requireBranch(branch);
        BankGrants.require(
                platform,
                actor,
                ShiftOpenKind.TYPE,
                Action.CREATE,
                "is not a cashier (operator) and may not open a shift");
        Desk found = visibleDesk(actor, branch, desk);
        List<CashAmount> amounts = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<FloatLine> given = floats == null ? List.of() : floats;
        for (int i = 0; i < given.size(); i++) {
            FloatLine line = given.get(i);
            if (line == null || (line.amount() != null && line.amount().signum() == 0)) {
                continue;
            }
            try {
                amounts.add(new CashAmount(
                        line.currency(), minorUnits("floats[" + i + "].amount", line.amount(), line.currency())));
            } catch (InvalidDocumentException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        LocalDate today = valueDates.today();
        if (!amounts.isEmpty()) {
            Document document = platform.documents()
                    .create(
                            actor,
                            new NewDocument(
                                    ShiftOpenKind.TYPE, branch, today, new ShiftOpening(found.code(), amounts, today)),
                            true,
                            null)
                    .document();
            return shift(actor, document.id().value()).orElseThrow();
        }
        long id = platform.ids().next().value();
        long now = Micros.now(platform.clock());
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "OPEN",
                        "CashShift",
                        Long.toString(id),
                        branch,
                        null,
                        "{\"desk\":\"" + desk + "\",\"cashier\":\"" + actor.username() + "\",\"float\":[]}")),
                c -> {
                    String refusal = ShiftOpenKind.openRefusal(c, branch, desk, actor.username());
                    if (refusal != null) {
                        throw refusalOf(refusal);
                    }
                    CashRows.insertShift(c, id, branch, desk, actor.username(), today, now, null);
                    return null;
                });
        return shift(actor, id).orElseThrow();
    }

    public Optional<Shift> shift(Actor actor, long id) {
        return Sql.one(readers, "SELECT * FROM cash_shifts WHERE id = ?", CashRows::shift, id)
                .filter(s -> actor.canSee(s.branch()));
    }

    /** The actor's own shift that is not closed yet. */
    public Optional<Shift> currentShift(Actor actor) {
        return Sql.one(
                readers,
                "SELECT * FROM cash_shifts WHERE cashier = ? AND status <> ?",
                CashRows::shift,
                actor.username(),
                ShiftStatus.CLOSED.name());
    }

    /** The shift at the desk that is not closed yet, whoever's. */
    public Optional<Shift> shiftAt(Actor actor, String branch, String desk) {
        visibleDesk(actor, branch, desk);
        return Sql.one(
                readers,
                "SELECT * FROM cash_shifts WHERE branch = ? AND desk = ? AND status <> ?",
                CashRows::shift,
                branch,
                desk,
                ShiftStatus.CLOSED.name());
    }

    /** The count's lines as a close would post them: book, counted, difference per currency. */
    public List<CloseLine> preview(Actor actor, long shiftId, List<PieceCount> counts, boolean returnToVault) {
        Shift shift =
                shift(actor, shiftId).orElseThrow(() -> new NoSuchElementException("shift " + shiftId + " not found"));
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> counted =
                ShiftCloseKind.counted(counts == null ? List.of() : counts, platform.accounts(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        List<CloseLine> lines = new ArrayList<>();
        for (String currency : settings.currencies()) {
            long book = posted(Desk.account(shift.branch(), shift.desk(), currency));
            long count = counted.getOrDefault(currency, 0L);
            if (book != 0 || count != 0 || hasCount(counts, currency)) {
                lines.add(new CloseLine(currency, book, count, count - book, returnToVault ? count : 0));
            }
        }
        return lines;
    }

    /**
     * Closes the cashier's own shift with the cash counted by denomination. A difference, or cash
     * going back to the vault, posts a ShiftClose document; a difference from the threshold up waits
     * for a controller, and the shift is closing until then. With nothing to post the shift closes
     * at once with its count and an audit entry.
     */
    public synchronized ShiftClosed closeShift(
            Actor actor, long shiftId, List<PieceCount> counts, boolean returnToVault) {
        Shift shift =
                shift(actor, shiftId).orElseThrow(() -> new NoSuchElementException("shift " + shiftId + " not found"));
        if (!shift.cashier().equals(actor.username())) {
            throw new SecurityException("shift " + shiftId + " is " + shift.cashier() + "'s; only they close it");
        }
        if (shift.status() == ShiftStatus.CLOSED) {
            throw InvalidDocumentException.of("shiftId", "shift " + shiftId + " is closed already");
        }
        if (shift.status() == ShiftStatus.CLOSING
                && shift.closeDocument() != null
                && platform.documents()
                        .find(actor, new DocumentId(shift.closeDocument()))
                        .map(d -> d.status() == DocumentStatus.SUBMITTED)
                        .orElse(false)) {
            throw InvalidDocumentException.of("shiftId", "the shift's close awaits a controller's approval");
        }
        List<PieceCount> given = counts == null ? List.of() : List.copyOf(counts);
        List<CloseLine> lines = preview(actor, shiftId, given, returnToVault);
        LocalDate today = valueDates.today();
        boolean moves = lines.stream().anyMatch(l -> l.difference() != 0 || l.returned() > 0);
        if (!moves) {
            long now = Micros.now(platform.clock());
            platform.change(
                    List.of(new AuditRecord(
                            actor.username(),
                            "CLOSE",
                            "CashShift",
                            Long.toString(shiftId),
                            shift.branch(),
                            null,
                            "{\"desk\":\"" + shift.desk() + "\",\"difference\":0,\"cashStays\":true}")),
                    c -> {
                        CashRows.close(c, shiftId, given, lines, null, today, now);
                        return null;
                    });
            return new ShiftClosed(shift(actor, shiftId).orElseThrow(), null);
        }
        ShiftClosing body = new ShiftClosing(shiftId, shift.desk(), given, lines, returnToVault, today);
        Document document = platform.documents()
                .create(actor, new NewDocument(ShiftCloseKind.TYPE, shift.branch(), today, body), true, null)
                .document();
        if (document.status() == DocumentStatus.SUBMITTED) {
            platform.change(
                    List.of(new AuditRecord(
                            actor.username(),
                            "CLOSING",
                            "CashShift",
                            Long.toString(shiftId),
                            shift.branch(),
                            null,
                            "{\"closeDocument\":\"" + document.id() + "\"}")),
                    c -> {
                        CashRows.markClosing(c, shiftId, document.id().value());
                        return null;
                    });
        }
        return new ShiftClosed(shift(actor, shiftId).orElseThrow(), document);
    }

    // ---- cash orders and collections

    public DocumentResult receive(Actor actor, String branch, ReceiptOrder order, IdempotencyKey key) {
        long amount = minorUnits("amount", order.amount(), order.currency());
        LocalDate today = valueDates.today();
        CashReceipt body = new CashReceipt(
                order.desk(),
                order.currency(),
                amount,
                blankToNull(order.creditIban()),
                blankToNull(order.incomeAccount()),
                blankToNull(order.payer()),
                blankToNull(order.idDocument()),
                blankToNull(order.purpose()),
                today);
        return platform.documents()
                .create(actor, new NewDocument(CashReceiptOrderKind.TYPE, branch, today, body), true, key);
    }

    public DocumentResult disburse(Actor actor, String branch, DisbursementOrder order, IdempotencyKey key) {
        long amount = minorUnits("amount", order.amount(), order.currency());
        LocalDate today = valueDates.today();
        CashDisbursement body = new CashDisbursement(
                order.desk(),
                order.currency(),
                amount,
                blankToNull(order.debitIban()),
                blankToNull(order.payee()),
                blankToNull(order.idDocument()),
                blankToNull(order.purpose()),
                today);
        return platform.documents()
                .create(actor, new NewDocument(CashDisbursementOrderKind.TYPE, branch, today, body), true, key);
    }

    public DocumentResult collect(Actor actor, String branch, CollectionOrder order, IdempotencyKey key) {
        long amount = minorUnits("amount", order.amount(), order.currency());
        LocalDate today = valueDates.today();
        CashTransfer body = new CashTransfer(order.route(), blankToNull(order.desk()), order.currency(), amount, today);
        return platform.documents()
                .create(actor, new NewDocument(CashTransferKind.TYPE, branch, today, body), true, key);
    }

    // ---- the cash book

    /** The desk's cash book for a day: per currency opening, every movement, closing; and the day's shifts. */
    public CashBook cashBook(Actor actor, String branch, String desk, LocalDate day) {
        Desk found = visibleDesk(actor, branch, desk);
        if (day == null) {
            throw new IllegalArgumentException("date: must be given");
        }
        ZoneId zone = settings.zone();
        Instant from = day.minusDays(1).atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(2).atStartOfDay(zone).toInstant();
        Map<Long, Optional<Document>> documents = new HashMap<>();
        List<CashBookSection> sections = new ArrayList<>();
        for (String currency : settings.currencies()) {
            BookAccount account =
                    platform.accounts().account(found.account(currency)).orElseThrow();
            int scale = platform.accounts().asset(currency).map(Asset::scale).orElseThrow();
            long opening = asOf(account.ledgerId(), day.minusDays(1));
            long closing = asOf(account.ledgerId(), day);
            List<CashBookLine> lines = new ArrayList<>();
            long received = 0;
            long paidOut = 0;
            long balance = opening;
            for (StatementLine line : statement(account.ledgerId(), from, to)) {
                if (!line.valueDate().equals(day)) {
                    continue;
                }
                boolean in = line.side() == Side.DEBIT;
                balance += in ? line.amount() : -line.amount();
                received += in ? line.amount() : 0;
                paidOut += in ? 0 : line.amount();
                lines.add(describe(actor, line, in, balance, documents));
            }
            if (opening != 0 || closing != 0 || !lines.isEmpty()) {
                sections.add(new CashBookSection(
                        currency, scale, account.number(), opening, lines, received, paidOut, closing));
            }
        }
        List<ShiftSummary> shifts = new ArrayList<>();
        for (Shift shift : Sql.query(
                readers,
                "SELECT * FROM cash_shifts WHERE branch = ? AND desk = ? AND opened_on <= ?"
                        + " AND (closed_on IS NULL OR closed_on >= ?) ORDER BY opened_at",
                CashRows::shift,
                branch,
                desk,
                day.toString(),
                day.toString())) {
            List<PieceCount> counts = Sql.query(
                    readers,
                    "SELECT * FROM cash_counts WHERE shift_id = ? ORDER BY currency, denomination DESC",
                    CashRows::count,
                    shift.id());
            List<CloseLine> lines = Sql.query(
                    readers,
                    "SELECT * FROM cash_close_lines WHERE shift_id = ? ORDER BY currency",
                    CashRows::line,
                    shift.id());
            String closeNumber = shift.closeDocument() == null
                    ? null
                    : platform.documents()
                            .find(actor, new DocumentId(shift.closeDocument()))
                            .map(Document::number)
                            .orElse(null);
            shifts.add(new ShiftSummary(shift, closeNumber, counts, lines));
        }
        return new CashBook(branch, desk, day, sections, shifts);
    }

    private CashBookLine describe(
            Actor actor, StatementLine line, boolean in, long balance, Map<Long, Optional<Document>> cache) {
        long id = line.transactionId().value();
        boolean reversal = false;
        String reference = line.reference();
        if (reference != null && reference.endsWith(":reversal")) {
            String[] parts = reference.split(":");
            if (parts.length == 3) {
                try {
                    id = DocumentId.parse(parts[1]).value();
                    reversal = true;
                } catch (IllegalArgumentException e) {
                    // not a document's reversal: shown by its counter account
                }
            }
        }
        long key = id;
        Optional<Document> document =
                cache.computeIfAbsent(key, k -> platform.documents().find(actor, new DocumentId(k)));
        String counter = platform.accounts()
                .byLedgerId(line.counterAccount())
                .map(BookAccount::number)
                .orElse("");
        String number =
                document.map(Document::number).orElse(line.transactionId().toString());
        String type = document.map(Document::type).orElse("");
        String counterparty = document.map(d -> counterparty(d, counter)).orElse(counter);
        return new CashBookLine(
                line.bookedAt(),
                reversal ? "reversal of " + number : number,
                type,
                counterparty,
                in ? line.amount() : 0,
                in ? 0 : line.amount(),
                balance);
    }

    private static String counterparty(Document document, String counterAccount) {
        return switch (document.body()) {
            case CashReceipt r ->
                r.creditIban() != null
                        ? r.creditIban() + (r.payer() == null ? "" : " " + r.payer())
                        : r.incomeAccount() + (r.payer() == null ? "" : " " + r.payer());
            case CashDisbursement d -> d.debitIban() + (d.payee() == null ? "" : " " + d.payee());
            case ShiftOpening o -> "vault " + counterAccount + " (float)";
            default -> counterAccount;
        };
    }

    private List<StatementLine> statement(AccountId account, Instant from, Instant to) {
        List<StatementLine> lines = new ArrayList<>();
        StatementQuery query = new StatementQuery(account, from, to, Optional.empty(), 1000);
        while (true) {
            StatementPage page = platform.ledger().statement(query);
            lines.addAll(page.lines());
            Optional<StatementCursor> next = page.next();
            if (next.isEmpty()) {
                return lines;
            }
            query = query.continueAfter(next.get());
        }
    }

    private long asOf(AccountId account, LocalDate day) {
        return platform.ledger().balanceAsOf(account, day).map(Balance::posted).orElse(0L);
    }

    private long posted(String number) {
        return platform.accounts()
                .account(number)
                .flatMap(a -> platform.ledger().balance(a.ledgerId()))
                .map(Balance::posted)
                .orElse(0L);
    }

    private Desk visibleDesk(Actor actor, String branch, String code) {
        return desk(actor, branch, code)
                .orElseThrow(() -> new NoSuchElementException("desk " + code + " of branch " + branch + " not found"));
    }

    private long minorUnits(String field, BigDecimal amount, String currency) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.positive(field, amount, errors);
        Optional<Asset> asset =
                currency == null ? Optional.empty() : platform.accounts().asset(currency);
        if (asset.isEmpty() || !settings.currencies().contains(currency)) {
            errors.add(new FieldError(
                    field.endsWith(".amount") ? field.replace(".amount", ".currency") : "currency",
                    "must be a currency the bank keeps, was '" + currency + "'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        try {
            return Amount.exact(field, amount, asset.get()).units();
        } catch (IllegalArgumentException e) {
            throw InvalidDocumentException.from(e, field);
        }
    }

    private static boolean hasCount(List<PieceCount> counts, String currency) {
        return counts != null && counts.stream().anyMatch(c -> c != null && currency.equals(c.currency()));
    }

    private static InvalidDocumentException refusalOf(String refusal) {
        return new InvalidDocumentException(List.of(FieldError.parse(refusal, "desk")));
    }

    private static Desk deskRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Desk(
                rs.getString("branch"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("created_by"),
                Micros.toInstant(rs.getLong("created_at")));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
