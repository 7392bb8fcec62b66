package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backoffice.banking.reconciliation.internal.NostroPostings;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.platform.Platform;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.statement.StatementEntry;

/**
 * A nostro reconciled at the end of a day: the last statement's closing balance against our book
 * balance, and the difference explained by timing (matched after the date), by resolved breaks, by
 * open breaks, and by gaps between statements; see {@link ReconciliationReport}.
 */
public final class ReconciliationReports {
    private final Platform platform;
    private final NostroRegister register;
    private final NostroPostings postings;
    private final Breaks breaks;

    public ReconciliationReports(Platform platform, NostroRegister register, NostroPostings postings, Breaks breaks) {
        this.platform = platform;
        this.register = register;
        this.postings = postings;
        this.breaks = breaks;
    }

    /** Our postings on the nostro since its first statement, those matched included. */
    public List<NostroPosting> postings(Actor actor, String bookNumber) {
        NostroAccount nostro = register.nostro(actor, bookNumber);
        List<ImportedStatement> statements =
                ReconRows.statements(platform.ledger().readers(), nostro);
        return statements.isEmpty() ? List.of() : postings.since(nostro, ReconRows.start(statements));
    }

    public List<Match> matches(Actor actor, String bookNumber) {
        return ReconRows.matches(platform.ledger().readers(), register.nostro(actor, bookNumber));
    }

    /** The nostro reconciled at the end of {@code date}. */
    public ReconciliationReport report(Actor actor, String bookNumber, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date: must be given, as YYYY-MM-DD");
        }
        NostroAccount nostro = register.nostro(actor, bookNumber);
        List<ImportedStatement> all = ReconRows.statements(platform.ledger().readers(), nostro);
        List<ImportedStatement> upTo =
                all.stream().filter(s -> !s.closingDate().isAfter(date)).toList();
        if (upTo.isEmpty()) {
            throw new IllegalArgumentException("date: no statement of " + bookNumber + " closes on or before " + date);
        }
        long book = platform.ledger()
                .balanceAsOf(AccountId.of(nostro.ledgerId()), date)
                .map(Balance::posted)
                .orElse(0L);
        Set<Long> statementRows = new HashSet<>();
        long gaps = 0;
        for (ImportedStatement s : upTo) {
            statementRows.add(s.id());
            gaps = Math.addExact(gaps, s.gap());
        }
        List<StatementItem> entries = Sql.query(
                        platform.ledger().readers(),
                        "SELECT * FROM recon_entries WHERE nostro_id = ?",
                        ReconRows::entry,
                        nostro.id())
                .stream()
                .filter(e -> statementRows.contains(e.statementRow()))
                .toList();
        Map<PostingRef, NostroPosting> ours = new HashMap<>();
        for (NostroPosting p : postings.since(nostro, ReconRows.start(all))) {
            if (!p.valueDate().isAfter(date)) {
                ours.put(p.ref(), p);
            }
        }
        Tally tally = new Tally(ReconRows.matches(platform.ledger().readers(), nostro), breakItems(actor, bookNumber));
        Set<Long> entriesIn = new HashSet<>();
        entries.forEach(e -> entriesIn.add(e.id()));
        for (StatementItem e : entries) {
            long effect = e.side() == StatementEntry.Side.DEBIT ? e.amount() : -e.amount();
            Match m = tally.byEntry.get(e.id());
            if (m == null) {
                tally.unmatched(new BreakItem.Entry(e.id()), effect);
            } else if (ours.keySet().containsAll(m.postings())) {
                tally.matched(e);
            } else {
                tally.transit = Math.addExact(tally.transit, effect);
            }
        }
        for (NostroPosting p : ours.values()) {
            long effect = p.side() == org.backoffice.ledger.Side.DEBIT ? p.amount() : -p.amount();
            Match m = tally.byPosting.get(p.ref());
            if (m == null) {
                tally.unmatched(new BreakItem.Posting(p.ref()), effect);
            } else if (!entriesIn.contains(m.entryId())) {
                tally.transit = Math.addExact(tally.transit, effect);
            }
        }
        tally.openBreaks.sort(Comparator.comparing(Break::since).thenComparing(Break::id));
        ImportedStatement last = upTo.getLast();
        return new ReconciliationReport(
                nostro.bookNumber(),
                nostro.currency(),
                platform.accounts().asset(nostro.currency()).orElseThrow().scale(),
                nostro.correspondentBic(),
                date,
                last.statementId(),
                last.closingBalance(),
                book,
                tally.matchedCount,
                tally.in,
                tally.out,
                tally.transit,
                tally.resolved,
                tally.openBreaks,
                tally.open,
                gaps);
    }

    private Map<String, Break> breakItems(Actor actor, String bookNumber) {
        Map<String, Break> byItem = new HashMap<>();
        for (Break b : breaks.list(actor, BreakQuery.all().withAccount(bookNumber))) {
            byItem.put(b.item(), b);
        }
        return byItem;
    }

    /** The report's sums as the entries and postings are counted. */
    private static final class Tally {
        final Map<Long, Match> byEntry = new HashMap<>();
        final Map<PostingRef, Match> byPosting = new HashMap<>();
        final Map<String, Break> breaks;
        final List<Break> openBreaks = new ArrayList<>();
        int matchedCount;
        long in;
        long out;
        long transit;
        long resolved;
        long open;

        Tally(List<Match> matches, Map<String, Break> breaks) {
            this.breaks = breaks;
            for (Match m : matches) {
                byEntry.put(m.entryId(), m);
                m.postings().forEach(p -> byPosting.put(p, m));
            }
        }

        void matched(StatementItem e) {
            matchedCount++;
            if (e.side() == StatementEntry.Side.CREDIT) {
                in = Math.addExact(in, e.amount());
            } else {
                out = Math.addExact(out, e.amount());
            }
        }

        /** An item no match explains: a resolved break explains it, else it is open. */
        void unmatched(BreakItem item, long effect) {
            Break b = breaks.get(item.key());
            if (b != null && !b.open()) {
                resolved = Math.addExact(resolved, effect);
            } else {
                open = Math.addExact(open, effect);
                if (b != null) {
                    openBreaks.add(b);
                }
            }
        }
    }
}
