package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.backoffice.banking.reconciliation.internal.Matcher;
import org.backoffice.banking.reconciliation.internal.NostroPostings;
import org.backoffice.banking.reconciliation.internal.ReconGrants;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.reconciliation.Break;
import org.backoffice.platform.reconciliation.BreakQuery;
import org.backoffice.platform.reconciliation.BreakResolution;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.security.Actor;

/**
 * The nostro breaks, on the platform's break lifecycle: listed, assigned and resolved by operators,
 * controllers and accountants of the nostro's branch. What a resolution means is the bank's: a
 * manual match records the match and closes the counterpart's break too; a correction names a
 * posted document, whose own postings on the nostro it explains as well; a write-off takes a reason.
 */
public final class NostroBreaks {
    private static final int MAX_NOTE = 500;

    private final Platform platform;
    private final NostroRegister register;
    private final NostroPostings postings;
    private final Breaks breaks;

    public NostroBreaks(Platform platform, NostroRegister register, NostroPostings postings, Breaks breaks) {
        this.platform = platform;
        this.register = register;
        this.postings = postings;
        this.breaks = breaks;
    }

    /** What the break adds to "book balance less statement balance", in minor units. */
    public static long effect(Break b) {
        // Our debit raises the book balance; the correspondent's debit lowers the statement's:
        // either way the book ends up above the statement by the amount.
        return "DEBIT".equals(b.side()) ? b.amount() : -b.amount();
    }

    /** The document that corrected the break, null unless it was resolved as CORRECTED. */
    public static String correctingDocument(Break b) {
        return Resolution.CORRECTED.name().equals(b.resolution()) ? b.resolvedWith() : null;
    }

    /** Breaks of the actor's branches, oldest value date first; the query's account is a nostro book number. */
    public List<Break> breaks(Actor actor, BreakQuery query) {
        return breaks.list(actor, query);
    }

    public Break breakOf(Actor actor, long id) {
        return breaks.find(actor, id).orElseThrow(() -> new NoSuchElementException("no break " + id));
    }

    /** Gives the break to a user to explain. */
    public Break assign(Actor actor, long id, String owner) {
        ReconGrants.require(platform, actor, ReconGrants.RESOLVE, "assign breaks");
        return breaks.assign(actor, breakOf(actor, id), owner);
    }

    /**
     * Resolves an open break: a manual match (which records the match and closes the counterpart's
     * break too), a correcting document, or a write-off with a reason.
     */
    public Break resolve(Actor actor, long id, Resolve resolve) {
        ReconGrants.require(platform, actor, ReconGrants.RESOLVE, "resolve breaks");
        Break current = breakOf(actor, id);
        if (!current.open()) {
            throw new IllegalStateException("break " + id + " is resolved already");
        }
        NostroAccount nostro = register.nostro(actor, current.account());
        return switch (resolve) {
            case Resolve.ManualMatch m -> manualMatch(actor, current, nostro, m);
            case Resolve.Corrected corrected -> corrected(actor, current, nostro, corrected);
            case Resolve.WrittenOff off -> {
                String reason = off.reason() == null ? "" : off.reason().strip();
                if (reason.isEmpty()) {
                    throw new IllegalArgumentException("reason: must be given to write a break off");
                }
                yield breaks.resolve(
                        actor,
                        current,
                        new BreakResolution(Resolution.WRITTEN_OFF.name(), optionalNote("reason", reason), null));
            }
        };
    }

    private Break manualMatch(Actor actor, Break current, NostroAccount nostro, Resolve.ManualMatch m) {
        String note = optionalNote("note", m.note());
        BreakItem item = BreakItem.of(current);
        StatementItem entry;
        NostroPosting posting;
        if (item instanceof BreakItem.Entry own) {
            if (m.posting() == null) {
                throw new IllegalArgumentException("posting: must be given, as TRANSACTION/INDEX of our posting");
            }
            entry = entry(nostro, own.id());
            posting = ourPosting(nostro, m.posting());
        } else {
            if (m.entryId() == null) {
                throw new IllegalArgumentException("entryId: must be given, the statement entry to match");
            }
            entry = entry(nostro, m.entryId());
            posting = ourPosting(nostro, item.posting());
        }
        String counterpart = item instanceof BreakItem.Entry ? "posting" : "entryId";
        if (!Matcher.mirrors(entry, posting)) {
            throw new IllegalArgumentException(counterpart + ": the entry is a " + entry.side() + " and our posting a "
                    + posting.side() + "; their credit is our debit of the nostro");
        }
        if (entry.amount() != posting.amount()) {
            int scale =
                    platform.accounts().asset(nostro.currency()).orElseThrow().scale();
            throw new IllegalArgumentException(counterpart + ": the amounts differ ("
                    + Amount.plain(entry.amount(), scale) + " on the statement, "
                    + Amount.plain(posting.amount(), scale)
                    + " in our books); post a correction and resolve as corrected");
        }
        long matchId = platform.ids().next().value();
        long now = Micros.now(platform.clock());
        String explanation = "matched by " + actor.username() + (note == null ? "" : ": " + note);
        BreakResolution matched = new BreakResolution(Resolution.MATCHED.name(), note, Long.toString(matchId));
        return breaks.resolve(actor, current, matched, c -> {
            if (!Sql.query(c, "SELECT id FROM recon_matches WHERE entry_id = ?", rs -> rs.getLong(1), entry.id())
                    .isEmpty()) {
                throw new IllegalStateException("entry " + entry.id() + " is matched already");
            }
            if (ReconRows.matchedPostings(c, nostro.id()).contains(posting.ref())) {
                throw new IllegalStateException("posting " + posting.ref() + " is matched already");
            }
            ReconRows.insertMatch(
                    c,
                    matchId,
                    nostro,
                    entry.id(),
                    List.of(posting.ref()),
                    MatchRule.MANUAL,
                    explanation,
                    now,
                    actor.username());
            // The counterpart's own break, if it has one, is explained by the same match.
            breaks.resolveItem(c, new BreakItem.Entry(entry.id()).key(), matched, actor.username(), now);
            breaks.resolveItem(c, new BreakItem.Posting(posting.ref()).key(), matched, actor.username(), now);
        });
    }

    /**
     * Closes the break as corrected by a document. The document's own postings on the nostro (the
     * correction, or the reversal of a wrong original) are explained by it too: they get a resolved
     * break of their own, so that neither the matching rules nor the report take them as news.
     */
    private Break corrected(Actor actor, Break current, NostroAccount nostro, Resolve.Corrected corrected) {
        String number = corrected.documentNumber() == null
                ? ""
                : corrected.documentNumber().strip();
        if (number.isEmpty()) {
            throw new IllegalArgumentException("documentNumber: must be given");
        }
        List<Object[]> document = Sql.query(
                platform.ledger().readers(),
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
        PostingRef own = BreakItem.of(current).posting();
        List<NostroPosting> corrections = postings.since(nostro, LocalDate.MIN).stream()
                .filter(p -> number.equals(p.documentNumber())
                        || (reversal != null && p.ref().transactionId() == reversal))
                .filter(p -> !p.ref().equals(own))
                .toList();
        BreakResolution tied = new BreakResolution(
                Resolution.CORRECTED.name(),
                BreakResolution.fit("correction for break " + current.id() + (note == null ? "" : ": " + note)),
                number);
        long now = Micros.now(platform.clock());
        return breaks.resolve(actor, current, new BreakResolution(Resolution.CORRECTED.name(), note, number), c -> {
            var matched = ReconRows.matchedPostings(c, nostro.id());
            for (NostroPosting p : corrections) {
                String key = new BreakItem.Posting(p.ref()).key();
                if (matched.contains(p.ref())
                        || breaks.resolveItem(c, key, tied, actor.username(), now) > 0
                        || !breaks.existing(c, List.of(key)).isEmpty()) {
                    continue;
                }
                breaks.open(
                        c,
                        NostroMatching.found(
                                nostro,
                                new BreakItem.Posting(p.ref()),
                                p.shownReference(),
                                p.side().name(),
                                p.amount(),
                                p.valueDate(),
                                current.owner()),
                        now);
                breaks.resolveItem(c, key, tied, actor.username(), now);
            }
        });
    }

    private StatementItem entry(NostroAccount nostro, long entryId) {
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT * FROM recon_entries WHERE id = ? AND nostro_id = ?",
                        ReconRows::entry,
                        entryId,
                        nostro.id())
                .orElseThrow(() -> new IllegalArgumentException(
                        "entryId: no entry " + entryId + " on the statements of " + nostro.bookNumber()));
    }

    private NostroPosting ourPosting(NostroAccount nostro, PostingRef ref) {
        return postings.since(nostro, LocalDate.MIN).stream()
                .filter(p -> p.ref().equals(ref))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("posting: no posting " + ref + " on " + nostro.bookNumber()));
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
}
