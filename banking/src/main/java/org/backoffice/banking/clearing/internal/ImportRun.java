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
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.jdbc.Micros;

/**
 * Books the payments of one incoming file, a chunk at a time: looks up the chunk's beneficiaries in
 * one query, decides each payment (credit the account, or hold it in suspense saying why), submits
 * the chunk to the ledger in one go, then records the outcomes (and the exceptions, and what could
 * not be read) in one transaction. Each payment's transaction id is fixed by the file and its
 * position, so a run that resumes an interrupted import posts nothing twice: the ledger answers a
 * repeated transaction with its first outcome.
 */
public final class ImportRun {
    public static final String CREDITED = "CREDITED";
    public static final String SUSPENSE = "SUSPENSE";

    private final Platform platform;
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
    private int credited;
    private int suspended;
    private int unreadable;

    public ImportRun(
            Platform platform,
            String head,
            long fileId,
            long firstTx,
            LocalDate valueDate,
            BitSet done,
            ImportProgress progress) {
        this.platform = platform;
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

    public int credited() {
        return credited;
    }

    public int suspended() {
        return suspended;
    }

    public int unreadable() {
        return unreadable;
    }

    /** The chunk's items that have no outcome yet are booked and recorded; returns how many. */
    public int book(List<Numbered<ClearingPayment>> payments, List<LineError> errors) {
        return complete(submit(payments, errors));
    }

    /**
     * Looks up the chunk's beneficiaries, decides each payment and hands the chunk to the ledger
     * without waiting for it: the caller reads and submits the next chunk while the ledger's writer
     * books this one, then {@link #complete}s it.
     */
    public Submitted submit(List<Numbered<ClearingPayment>> payments, List<LineError> errors) {
        List<Decision> decisions = new ArrayList<>(payments.size());
        List<LineError> failures = new ArrayList<>();
        for (LineError error : errors) {
            if (error.item() > 0 && !done.get(error.item())) {
                failures.add(error);
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
            decide(p, accounts, decisions, failures);
        }
        long looked = System.nanoTime();
        progress.timed("lookup", looked - start);
        List<Transfer> requests = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            requests.add(transfer(d, 0));
        }
        return new Submitted(decisions, failures, platform.ledger().submitAll(requests), looked);
    }

    /** Waits for a submitted chunk's outcomes and records them; returns how many items got one. */
    public int complete(Submitted chunk) {
        List<Decision> decisions = chunk.decisions;
        List<LineError> failures = chunk.failures;
        settle(decisions, failures, chunk.futures);
        long posted = System.nanoTime();
        progress.timed("post", posted - chunk.submittedAt);
        progress.posted(decisions.size());
        if (!decisions.isEmpty() || !failures.isEmpty()) {
            record(decisions, failures);
        }
        progress.timed("record", System.nanoTime() - posted);
        decisions.forEach(d -> done.set(d.item()));
        failures.forEach(f -> done.set(f.item()));
        return decisions.size() + failures.size();
    }

    /** A chunk in the ledger's hands: its decisions, what could not be booked, and the ledger's answers to come. */
    public static final class Submitted {
        private final List<Decision> decisions;
        private final List<LineError> failures;
        private final List<CompletableFuture<Outcome>> futures;
        private final long submittedAt;

        private Submitted(
                List<Decision> decisions,
                List<LineError> failures,
                List<CompletableFuture<Outcome>> futures,
                long submittedAt) {
            this.decisions = decisions;
            this.failures = failures;
            this.futures = futures;
            this.submittedAt = submittedAt;
        }

        /** How many items of the file the chunk gives an outcome. */
        public int items() {
            return decisions.size() + failures.size();
        }
    }

    private void decide(
            Numbered<ClearingPayment> numbered,
            Map<String, Beneficiary> accounts,
            List<Decision> decisions,
            List<LineError> failures) {
        ClearingPayment p = numbered.value();
        Asset asset = asset(p.currency());
        if (asset == null) {
            failures.add(new LineError(numbered.item(), "currency", "the bank keeps no " + p.currency() + " accounts"));
            return;
        }
        long amount;
        try {
            amount = Amount.exact("amount", p.amount(), asset).units();
        } catch (IllegalArgumentException e) {
            failures.add(new LineError(numbered.item(), "amount", e.getMessage().substring("amount: ".length())));
            return;
        }
        String why = null;
        Beneficiary account = accounts.get(p.creditorIban());
        // Only an IBAN the bank does not keep needs its check digits verified: the bank's own are valid.
        String problem = account == null ? Iban.problem(p.creditorIban()) : null;
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
        decisions.add(new Decision(numbered.item(), p, amount, why == null ? account : null, why));
    }

    private void settle(List<Decision> decisions, List<LineError> failures, List<CompletableFuture<Outcome>> futures) {
        List<Decision> fallbacks = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            Outcome outcome = futures.get(i).join();
            if (outcome instanceof Outcome.Rejected rejected) {
                if (rejected.reason() == RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
                    // An interrupted run booked it when the beneficiary's account stood otherwise: keep that.
                    d.adoptStored(platform.ledger().transaction(d.txId).orElseThrow(), suspenseLedgerId(d.currency()));
                } else if (d.account != null) {
                    d.fallBack("creditorIban: the ledger refused the credit: " + rejected.reason());
                    fallbacks.add(d);
                } else {
                    d.fail(failures, rejected);
                }
            }
        }
        if (!fallbacks.isEmpty()) {
            List<Transfer> second = fallbacks.stream().map(d -> transfer(d, 1)).toList();
            List<CompletableFuture<Outcome>> more = platform.ledger().submitAll(second);
            for (int i = 0; i < fallbacks.size(); i++) {
                if (more.get(i).join() instanceof Outcome.Rejected rejected) {
                    fallbacks.get(i).fail(failures, rejected);
                }
            }
        }
        decisions.removeIf(d -> d.failed);
    }

    private Transfer transfer(Decision d, int attempt) {
        d.txId = TransactionId.of(firstTx + ((2L * d.item() + attempt) * TransactionIds.step()));
        var context = platform.accounts();
        long receivable = Legs.house(context, head, HouseAccounts.CLEARING_RECEIVABLE, d.currency());
        List<Posting> postings = d.account != null
                ? Legs.between(
                        context, head, receivable, d.account.branch(), d.account.ledgerId(), d.currency(), d.amount)
                : List.of(Posting.of(receivable, suspenseLedgerId(d.currency()), d.currency(), d.amount));
        return new Transfer(d.txId, valueDate, postings, false, null, Memo.reference(d.payment.endToEndId()));
    }

    private long suspenseLedgerId(String currency) {
        return Legs.house(platform.accounts(), head, HouseAccounts.SUSPENSE, currency);
    }

    private void record(List<Decision> decisions, List<LineError> failures) {
        long now = Micros.now(platform.clock());
        int[] counts = new int[3];
        platform.change(List.of(), c -> {
            long candidate = decisions.isEmpty()
                    ? firstTx + 2L * failures.getFirst().item() * TransactionIds.step()
                    : decisions.getFirst().txId.value();
            long cycle = Cycles.open(c, candidate, now);
            try (PreparedStatement incoming = c.prepareStatement(
                            "INSERT INTO clearing_incoming (file_id, item, tx_id, cycle_id, outcome, end_to_end_id,"
                                    + " debtor_bic, creditor_iban, currency, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement exceptions = c.prepareStatement(
                            "INSERT INTO clearing_exceptions (id, file_id, item, reason, end_to_end_id, debtor_name,"
                                    + " debtor_iban, debtor_bic, creditor_name, creditor_iban, currency, amount,"
                                    + " remittance, status, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)");
                    PreparedStatement errors = c.prepareStatement(
                            "INSERT INTO clearing_file_errors (file_id, item, field, message) VALUES (?, ?, ?, ?)")) {
                int held = 0;
                for (Decision d : decisions) {
                    ClearingPayment p = d.payment;
                    incoming.setLong(1, fileId);
                    incoming.setInt(2, d.item());
                    incoming.setLong(3, d.txId.value());
                    incoming.setLong(4, cycle);
                    incoming.setString(5, d.account == null ? SUSPENSE : CREDITED);
                    incoming.setString(6, p.endToEndId());
                    incoming.setString(7, p.debtorBic());
                    incoming.setString(8, p.creditorIban());
                    incoming.setString(9, p.currency());
                    incoming.setLong(10, d.amount);
                    incoming.addBatch();
                    if (d.account == null) {
                        exceptions.setLong(1, d.txId.value());
                        exceptions.setLong(2, fileId);
                        exceptions.setInt(3, d.item());
                        exceptions.setString(4, clip(d.why, 200));
                        exceptions.setString(5, p.endToEndId());
                        exceptions.setString(6, p.debtorName());
                        exceptions.setString(7, p.debtorIban());
                        exceptions.setString(8, p.debtorBic());
                        exceptions.setString(9, p.creditorName());
                        exceptions.setString(10, p.creditorIban());
                        exceptions.setString(11, p.currency());
                        exceptions.setLong(12, d.amount);
                        exceptions.setString(13, p.remittance());
                        exceptions.setLong(14, now);
                        exceptions.addBatch();
                        held++;
                    }
                }
                for (LineError f : failures) {
                    errors.setLong(1, fileId);
                    errors.setInt(2, f.item());
                    errors.setString(3, clip(f.field(), 100));
                    errors.setString(4, clip(f.message(), 500));
                    errors.addBatch();
                }
                if (!decisions.isEmpty()) {
                    incoming.executeBatch();
                }
                if (held > 0) {
                    exceptions.executeBatch();
                }
                if (!failures.isEmpty()) {
                    errors.executeBatch();
                }
                counts[0] = decisions.size() - held;
                counts[1] = held;
                counts[2] = failures.size();
                org.backoffice.platform.jdbc.Sql.update(
                        c,
                        "UPDATE clearing_files SET credited = credited + ?, suspended = suspended + ?,"
                                + " unreadable = unreadable + ? WHERE id = ?",
                        counts[0],
                        counts[1],
                        counts[2],
                        fileId);
            }
            return null;
        });
        credited += counts[0];
        suspended += counts[1];
        unreadable += counts[2];
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

    /** What to do with one payment, and (once posted) what was done. */
    private static final class Decision {
        private final int item;
        private final ClearingPayment payment;
        private final long amount;
        private Beneficiary account;
        private String why;
        private TransactionId txId;
        private boolean failed;

        Decision(int item, ClearingPayment payment, long amount, Beneficiary account, String why) {
            this.item = item;
            this.payment = payment;
            this.amount = amount;
            this.account = account;
            this.why = why;
        }

        int item() {
            return item;
        }

        String currency() {
            return payment.currency();
        }

        void fallBack(String reason) {
            account = null;
            why = reason;
        }

        void adoptStored(TransactionRecord stored, long suspense) {
            boolean held = stored.postings().stream().anyMatch(p -> p.credit().value() == suspense);
            if (held && account != null) {
                fallBack("creditorIban: held in suspense by an earlier, interrupted run of this import");
            } else if (!held && account == null) {
                // Credited before the account changed: the credit stands, but to which account is in the ledger.
                account = new Beneficiary("?", payment.currency(), 0, "OPEN");
                why = null;
            }
        }

        void fail(List<LineError> failures, Outcome.Rejected rejected) {
            failed = true;
            failures.add(
                    new LineError(item, "ledger", "refused: " + rejected.reason() + " (" + rejected.detail() + ")"));
        }
    }
}
