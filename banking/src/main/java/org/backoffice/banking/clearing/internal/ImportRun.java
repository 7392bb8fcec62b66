package org.backoffice.banking.clearing.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.clearing.ImportProgress;
import org.backoffice.banking.message.ClearingPayment;
import org.backoffice.banking.message.LineError;
import org.backoffice.banking.message.Numbered;
import org.backoffice.banking.payment.Legs;
import org.backoffice.ledger.Asset;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.operation.Operations;
import org.backoffice.platform.security.Actor;

/**
 * Books the payments of one incoming file, a chunk at a time, on the platform's one path: looks up
 * the chunk's beneficiaries in one query, decides each payment (credit the account, or hold it in
 * suspense saying why) and hands the chunk to {@code platform.operations()} as {@link IncomingItem}s,
 * whose rows (the outcome, the exception, the file's counters, what could not be used) commit in the
 * ledger batch's transaction with their postings. A credit the ledger refuses is held in suspense
 * under the item's second id, itself one operation. Each id is fixed by the file and the item's
 * position, so a run that resumes an interrupted import posts nothing twice: the ledger answers a
 * repeated transaction with its first outcome, and the rows came with it.
 */
public final class ImportRun {
    public static final String CREDITED = IncomingItem.CREDITED;
    public static final String SUSPENSE = IncomingItem.SUSPENSE;

    private final Platform platform;
    private final IncomingPaymentKind kind;
    private final Actor actor;
    private final ImportProgress progress;
    private final String head;
    private final long fileId;
    private final long firstTx;
    private final LocalDate valueDate;
    private final BitSet done;
    private final boolean postgres;
    private final Map<String, Asset> assets = new HashMap<>();
    /**
     * Beneficiaries already looked up by this import: a file pays the same accounts many times, and
     * a status read once stands for the minutes the import takes, as it would for one chunk.
     */
    private final Map<String, Beneficiary> known = new HashMap<>();

    private static final int MAX_KNOWN = 500_000;

    public ImportRun(
            Platform platform,
            IncomingPaymentKind kind,
            Actor actor,
            String head,
            long fileId,
            long firstTx,
            LocalDate valueDate,
            BitSet done,
            ImportProgress progress) {
        this.platform = platform;
        this.kind = kind;
        this.actor = actor;
        this.progress = progress;
        this.head = head;
        this.fileId = fileId;
        this.firstTx = firstTx;
        this.valueDate = valueDate;
        this.done = done;
        this.postgres = platform.ledger().vendor().equals("postgresql");
    }

    /** How many transaction ids a file of {@code items} items needs: two per item (a credit, a fallback to suspense). */
    public static int idsFor(int items) {
        return Math.multiplyExact(items + 1, 2);
    }

    /** The chunk's items that have no outcome yet are booked and recorded; returns how many. */
    public int book(List<Numbered<ClearingPayment>> payments, List<LineError> errors) {
        return complete(submit(payments, errors));
    }

    /**
     * Looks up the chunk's beneficiaries, decides each payment and hands the chunk to the platform
     * without waiting for it: the caller reads and submits the next chunk while the ledger's writer
     * books this one, then {@link #complete}s it.
     */
    public Submitted submit(List<Numbered<ClearingPayment>> payments, List<LineError> errors) {
        long now = Micros.now(platform.clock());
        List<IncomingItem> items = new ArrayList<>(payments.size() + errors.size());
        for (LineError error : errors) {
            if (error.item() > 0 && !done.get(error.item())) {
                items.add(unusable(error.item(), 0, IncomingItem.UNREADABLE, error.field(), error.message(), now));
            }
        }
        List<Numbered<ClearingPayment>> open = new ArrayList<>(payments.size());
        for (Numbered<ClearingPayment> p : payments) {
            if (!done.get(p.item())) {
                open.add(p);
            }
        }
        long start = System.nanoTime();
        Map<String, Beneficiary> accounts = beneficiaries(open);
        for (Numbered<ClearingPayment> p : open) {
            items.add(decide(p, accounts, now));
        }
        long looked = System.nanoTime();
        progress.timed("lookup", looked - start);
        return new Submitted(items, submitAll(items), looked);
    }

    /** Waits for a submitted chunk's outcomes, holds in suspense what the ledger would not credit; returns how many items got one. */
    public int complete(Submitted chunk) {
        List<IncomingItem> items = chunk.items;
        List<IncomingItem> fallbacks = new ArrayList<>();
        List<IncomingItem> refused = new ArrayList<>();
        long now = Micros.now(platform.clock());
        sort(items, chunk.futures, fallbacks, refused, now);
        if (!fallbacks.isEmpty()) {
            sort(fallbacks, submitAll(fallbacks), new ArrayList<>(), refused, now);
        }
        if (!refused.isEmpty()) {
            List<CompletableFuture<Outcome>> kept = submitAll(refused);
            for (int i = 0; i < refused.size(); i++) {
                if (Operations.await(kept.get(i)) instanceof Outcome.Rejected rejected) {
                    throw new IllegalStateException("item " + refused.get(i).item() + " could not be kept: "
                            + rejected.reason() + " " + rejected.detail());
                }
            }
        }
        long posted = System.nanoTime();
        progress.timed("post", posted - chunk.submittedAt);
        progress.posted((int) items.stream().filter(IncomingItem::books).count());
        items.forEach(i -> done.set(i.item()));
        return items.size();
    }

    private List<CompletableFuture<Outcome>> submitAll(List<IncomingItem> items) {
        return items.isEmpty() ? List.of() : platform.operations().submit(actor, kind, items);
    }

    /** Waits for the items' outcomes: a refused credit falls back to suspense, a refused hold is kept as refused. */
    private void sort(
            List<IncomingItem> items,
            List<CompletableFuture<Outcome>> futures,
            List<IncomingItem> fallbacks,
            List<IncomingItem> refused,
            long now) {
        for (int i = 0; i < items.size(); i++) {
            IncomingItem item = items.get(i);
            Outcome outcome = Operations.await(futures.get(i));
            if (!(outcome instanceof Outcome.Rejected rejected)) {
                continue;
            }
            if (!item.books()) {
                throw new IllegalStateException(
                        "item " + item.item() + " could not be kept: " + rejected.reason() + " " + rejected.detail());
            }
            if (rejected.reason() == RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                // An interrupted run booked it, with its rows, when the beneficiary's account stood otherwise.
                continue;
            }
            if (item.outcome().equals(IncomingItem.CREDITED)) {
                fallbacks.add(held(
                        item.item(),
                        item.payment(),
                        item.amount(),
                        "creditorIban: the ledger refused the credit: " + rejected.reason(),
                        1,
                        now));
            } else {
                refused.add(unusable(
                        item.item(),
                        1,
                        IncomingItem.REFUSED,
                        "ledger",
                        "refused: " + rejected.reason() + " (" + rejected.detail() + ")",
                        now));
            }
        }
    }

    /** A chunk in the ledger's hands: its items and the ledger's answers to come. */
    public static final class Submitted {
        private final List<IncomingItem> items;
        private final List<CompletableFuture<Outcome>> futures;
        private final long submittedAt;

        private Submitted(List<IncomingItem> items, List<CompletableFuture<Outcome>> futures, long submittedAt) {
            this.items = items;
            this.futures = futures;
            this.submittedAt = submittedAt;
        }

        /** How many items of the file the chunk gives an outcome. */
        public int items() {
            return items.size();
        }
    }

    private IncomingItem decide(Numbered<ClearingPayment> numbered, Map<String, Beneficiary> accounts, long now) {
        ClearingPayment p = numbered.value();
        Asset asset = asset(p.currency());
        if (asset == null) {
            return unusable(
                    numbered.item(),
                    0,
                    IncomingItem.UNREADABLE,
                    "currency",
                    "the bank keeps no " + p.currency() + " accounts",
                    now);
        }
        long amount;
        try {
            amount = Amount.exact("amount", p.amount(), asset).units();
        } catch (IllegalArgumentException e) {
            return unusable(
                    numbered.item(),
                    0,
                    IncomingItem.UNREADABLE,
                    "amount",
                    e.getMessage().substring("amount: ".length()),
                    now);
        }
        Beneficiary account = accounts.get(p.creditorIban());
        // Only an IBAN the bank does not keep needs its check digits verified: the bank's own are valid.
        String problem = account == null ? Iban.problem(p.creditorIban()) : null;
        String why = null;
        if (problem != null) {
            why = "creditorIban: " + problem;
        } else if (account == null) {
            why = "creditorIban: no account " + p.creditorIban() + " at this bank";
        } else if (!account.status().equals("OPEN")) {
            why = "creditorIban: account " + p.creditorIban() + " is "
                    + account.status().toLowerCase(java.util.Locale.ROOT);
        } else if (!account.currency().equals(p.currency())) {
            why = "currency: the account is kept in " + account.currency() + ", the payment is in " + p.currency();
        }
        if (why != null) {
            return held(numbered.item(), p, amount, why, 0, now);
        }
        TransactionId id = id(numbered.item(), 0);
        var context = platform.accounts();
        long receivable = Legs.house(context, head, HouseAccounts.CLEARING_RECEIVABLE, p.currency());
        List<Posting> postings =
                Legs.between(context, head, receivable, account.branch(), account.ledgerId(), p.currency(), amount);
        return new IncomingItem(
                fileId,
                numbered.item(),
                head,
                actor.username(),
                IncomingItem.CREDITED,
                id,
                new Transfer(id, valueDate, postings, false, null, Memo.reference(p.endToEndId())),
                p,
                amount,
                null,
                null,
                now);
    }

    /** The payment held in head office's suspense account, under the item's first id or (after a refused credit) its second. */
    private IncomingItem held(int item, ClearingPayment p, long amount, String why, int attempt, long now) {
        TransactionId id = id(item, attempt);
        long receivable = Legs.house(platform.accounts(), head, HouseAccounts.CLEARING_RECEIVABLE, p.currency());
        Transfer transfer = new Transfer(
                id,
                valueDate,
                List.of(Posting.of(receivable, suspenseLedgerId(p.currency()), p.currency(), amount)),
                false,
                null,
                Memo.reference(p.endToEndId()));
        return new IncomingItem(
                fileId, item, head, actor.username(), IncomingItem.SUSPENSE, id, transfer, p, amount, null, why, now);
    }

    private IncomingItem unusable(int item, int attempt, String outcome, String field, String rule, long now) {
        return new IncomingItem(
                fileId, item, head, actor.username(), outcome, id(item, attempt), null, null, 0, field, rule, now);
    }

    private TransactionId id(int item, int attempt) {
        return TransactionId.of(firstTx + ((2L * item + attempt) * TransactionIds.step()));
    }

    private long suspenseLedgerId(String currency) {
        return Legs.house(platform.accounts(), head, HouseAccounts.SUSPENSE, currency);
    }

    /** Records errors of the file as a whole (a pacs.008's group header) once, when the file is registered. */
    public static void headerErrors(Connection c, long fileId, List<LineError> errors) throws SQLException {
        for (LineError e : errors) {
            if (e.item() == 0) {
                org.backoffice.platform.jdbc.Sql.update(
                        c,
                        "INSERT INTO clearing_file_errors (file_id, item, field, message) VALUES (?, 0, ?, ?)",
                        fileId,
                        clip(e.field(), 100),
                        clip(e.message(), 500));
            }
        }
    }

    private Asset asset(String currency) {
        return assets.computeIfAbsent(
                currency, c -> platform.accounts().asset(c).orElse(null));
    }

    /** The chunk's beneficiaries, found in one query (on SQLite, one per thousands of IBANs). */
    private Map<String, Beneficiary> beneficiaries(List<Numbered<ClearingPayment>> payments) {
        if (known.size() > MAX_KNOWN) {
            known.clear();
        }
        List<String> ibans = payments.stream()
                .map(p -> p.value().creditorIban())
                .distinct()
                .filter(iban -> !known.containsKey(iban))
                .toList();
        Map<String, Beneficiary> found = known;
        if (ibans.isEmpty()) {
            return found;
        }
        try (Connection c = platform.ledger().readers().getConnection()) {
            if (postgres) {
                Array array = c.createArrayOf("varchar", ibans.toArray());
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT iban, branch, currency, ledger_id, status FROM bank_accounts WHERE iban = ANY(?)")) {
                    s.setArray(1, array);
                    read(s, found);
                }
            } else {
                int step = 5_000;
                for (int from = 0; from < ibans.size(); from += step) {
                    List<String> part = ibans.subList(from, Math.min(ibans.size(), from + step));
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT iban, branch, currency, ledger_id, status FROM bank_accounts WHERE iban IN ("
                                    + org.backoffice.platform.jdbc.Sql.marks(part.size()) + ")")) {
                        for (int i = 0; i < part.size(); i++) {
                            s.setString(i + 1, part.get(i));
                        }
                        read(s, found);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the beneficiaries: " + e.getMessage(), e);
        }
        return found;
    }

    private static void read(PreparedStatement s, Map<String, Beneficiary> found) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.put(
                        rs.getString(1),
                        new Beneficiary(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
            }
        }
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private record Beneficiary(String branch, String currency, long ledgerId, String status) {}
}
