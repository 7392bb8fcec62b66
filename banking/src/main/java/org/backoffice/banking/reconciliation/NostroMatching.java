package org.backoffice.banking.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.banking.reconciliation.internal.Matcher;
import org.backoffice.banking.reconciliation.internal.NostroPostings;
import org.backoffice.banking.reconciliation.internal.ReconGrants;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.reconciliation.BreakResolution;
import org.backoffice.platform.reconciliation.BreakStatus;
import org.backoffice.platform.reconciliation.Breaks;
import org.backoffice.platform.reconciliation.NewBreak;
import org.backoffice.platform.security.Actor;

/**
 * The matching of a nostro's statement entries with our postings on its book account, by the rules
 * of {@link Matcher}. A run records every match with its rule and reason, closes the breaks its
 * matches explain (AUTO_MATCHED), and opens a break for every entry left unmatched and every posting
 * left unmatched up to the last statement's closing date, owned by the user whose run found it.
 * What a user explained already (written off, corrected) stays as they left it.
 */
public final class NostroMatching {
    private final Platform platform;
    private final NostroRegister register;
    private final ReconciliationSettings rules;
    private final Supplier<BusinessCalendar> calendar;
    private final NostroPostings postings;
    private final Breaks breaks;

    public NostroMatching(
            Platform platform,
            NostroRegister register,
            ReconciliationSettings rules,
            Supplier<BusinessCalendar> calendar,
            NostroPostings postings,
            Breaks breaks) {
        this.platform = platform;
        this.register = register;
        this.rules = rules;
        this.calendar = calendar;
        this.postings = postings;
        this.breaks = breaks;
    }

    public ReconciliationSettings rules() {
        return rules;
    }

    /** Runs the matching rules on the nostro again: for postings made since, or after a rule changed. */
    public MatchRun match(Actor actor, String bookNumber) {
        ReconGrants.require(platform, actor, ReconGrants.IMPORT, "run the matching");
        return run(actor, register.nostro(actor, bookNumber));
    }

    /** One run of the rules over the nostro's unmatched entries and postings, in one transaction. */
    MatchRun run(Actor actor, NostroAccount nostro) {
        List<ImportedStatement> statements =
                ReconRows.statements(platform.ledger().readers(), nostro);
        if (statements.isEmpty()) {
            return new MatchRun(0, 0, 0);
        }
        LocalDate through = statements.stream()
                .map(ImportedStatement::closingDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<NostroPosting> ours = postings.since(nostro, ReconRows.start(statements));
        int scale = platform.accounts().asset(nostro.currency()).orElseThrow().scale();
        Matcher matcher = new Matcher(calendar.get(), rules, scale);
        String owner = platform.users().find(actor.username()).isPresent() ? actor.username() : null;
        long now = Micros.now(platform.clock());
        List<AuditRecord> audit = new ArrayList<>();
        return platform.change(audit, c -> {
            Set<Long> settledEntries = new HashSet<>();
            Set<PostingRef> used = ReconRows.matchedPostings(c, nostro.id());
            for (String key : breaks.items(c, nostro.bookNumber(), BreakStatus.RESOLVED)) {
                BreakItem item = BreakItem.parse(key);
                if (item.entryId() != null) {
                    settledEntries.add(item.entryId());
                } else {
                    used.add(item.posting());
                }
            }
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
                long matchId = platform.ids().next().value();
                List<PostingRef> refs =
                        proposal.postings().stream().map(NostroPosting::ref).toList();
                ReconRows.insertMatch(
                        c,
                        matchId,
                        nostro,
                        proposal.entry().id(),
                        refs,
                        proposal.rule(),
                        proposal.explanation(),
                        now,
                        actor.username());
                BreakResolution matched = new BreakResolution(
                        Resolution.AUTO_MATCHED.name(),
                        BreakResolution.fit("matched by rule " + proposal.rule() + ": " + proposal.explanation()),
                        Long.toString(matchId));
                matchedEntries.add(proposal.entry().id());
                closed += breaks.resolveItem(
                        c, new BreakItem.Entry(proposal.entry().id()).key(), matched, actor.username(), now);
                for (PostingRef ref : refs) {
                    matchedPostings.add(ref);
                    closed += breaks.resolveItem(c, new BreakItem.Posting(ref).key(), matched, actor.username(), now);
                }
            }
            Set<String> known = breaks.items(c, nostro.bookNumber(), null);
            int opened = 0;
            for (StatementItem entry : entries) {
                BreakItem item = new BreakItem.Entry(entry.id());
                if (!matchedEntries.contains(entry.id()) && !known.contains(item.key())) {
                    breaks.open(
                            c,
                            found(
                                    nostro,
                                    item,
                                    entry.reference(),
                                    entry.side().name(),
                                    entry.amount(),
                                    entry.valueDate(),
                                    owner),
                            now);
                    opened++;
                }
            }
            for (NostroPosting posting : free) {
                BreakItem item = new BreakItem.Posting(posting.ref());
                if (!matchedPostings.contains(posting.ref())
                        && !known.contains(item.key())
                        && !posting.valueDate().isAfter(through)) {
                    breaks.open(
                            c,
                            found(
                                    nostro,
                                    item,
                                    posting.shownReference(),
                                    posting.side().name(),
                                    posting.amount(),
                                    posting.valueDate(),
                                    owner),
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

    /** An entry or a posting no rule matched, as a break of the nostro. */
    static NewBreak found(
            NostroAccount nostro,
            BreakItem item,
            String reference,
            String side,
            long amount,
            LocalDate valueDate,
            String owner) {
        return NewBreak.oneSided(
                item.kind().name(),
                item.key(),
                nostro.branch(),
                nostro.bookNumber(),
                reference,
                nostro.currency(),
                side,
                amount,
                valueDate,
                owner);
    }
}
