package org.backoffice.banking.reconciliation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backoffice.banking.reconciliation.MatchRule;
import org.backoffice.banking.reconciliation.NostroPosting;
import org.backoffice.banking.reconciliation.ReconciliationSettings;
import org.backoffice.banking.reconciliation.StatementItem;
import org.backoffice.ledger.Side;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.statement.StatementEntry;

/**
 * The automatic matching rules, as a pure function of the unmatched entries and postings. Sides
 * mirror: the correspondent's CREDIT to our account is our DEBIT of the nostro (an asset), and the
 * reverse. Each rule runs over every entry still unmatched before the next rule starts, so a
 * stronger reason always wins; an entry and a posting are used once at most.
 */
public final class Matcher {
    private final BusinessCalendar calendar;
    private final ReconciliationSettings settings;
    private final int scale;

    public Matcher(BusinessCalendar calendar, ReconciliationSettings settings, int scale) {
        this.calendar = calendar;
        this.settings = settings;
        this.scale = scale;
    }

    /** A match the rules found, with its reason in words. */
    public record Proposal(StatementItem entry, List<NostroPosting> postings, MatchRule rule, String explanation) {}

    public List<Proposal> match(List<StatementItem> entries, List<NostroPosting> postings) {
        List<StatementItem> open = new ArrayList<>(entries);
        open.sort(Comparator.comparing(StatementItem::valueDate).thenComparing(StatementItem::id));
        List<NostroPosting> left = new ArrayList<>(postings);
        left.sort(Comparator.comparing(NostroPosting::valueDate)
                .thenComparing(p -> p.ref().transactionId())
                .thenComparing(p -> p.ref().postingIndex()));
        List<Proposal> proposals = new ArrayList<>();
        byReference(open, left, proposals);
        byAmountAndDate(open, left, proposals);
        if (settings.manyToOne()) {
            manyToOne(open, left, proposals);
        }
        return proposals;
    }

    /** Rule 1: same reference and amount, value dates within the tolerance; the nearest date wins. */
    private void byReference(List<StatementItem> open, List<NostroPosting> left, List<Proposal> out) {
        for (StatementItem entry : List.copyOf(open)) {
            if (!quotesSomething(entry)) {
                continue;
            }
            NostroPosting best = null;
            int bestDays = Integer.MAX_VALUE;
            for (NostroPosting posting : left) {
                if (mirrors(entry, posting)
                        && posting.amount() == entry.amount()
                        && posting.quotes(entry.reference())) {
                    int days = calendar.businessDaysBetween(entry.valueDate(), posting.valueDate());
                    if (days <= settings.valueDateTolerance() && days < bestDays) {
                        best = posting;
                        bestDays = days;
                    }
                }
            }
            if (best != null) {
                String dates = bestDays == 0
                        ? "value date " + entry.valueDate() + " agrees"
                        : "value dates " + entry.valueDate() + " and " + best.valueDate() + " are " + bestDays
                                + " business day" + (bestDays == 1 ? "" : "s") + " apart (tolerance "
                                + settings.valueDateTolerance() + ")";
                take(
                        open,
                        left,
                        out,
                        entry,
                        List.of(best),
                        MatchRule.REFERENCE,
                        "reference " + entry.reference() + " and amount " + amount(entry.amount()) + " agree; "
                                + dates);
            }
        }
    }

    /** Rule 2: same amount and value date, and neither side has another candidate. */
    private void byAmountAndDate(List<StatementItem> open, List<NostroPosting> left, List<Proposal> out) {
        for (StatementItem entry : List.copyOf(open)) {
            List<NostroPosting> candidates = left.stream()
                    .filter(p -> mirrors(entry, p)
                            && p.amount() == entry.amount()
                            && p.valueDate().equals(entry.valueDate()))
                    .toList();
            if (candidates.size() != 1) {
                continue;
            }
            long rivals = open.stream()
                    .filter(e -> e.side() == entry.side()
                            && e.amount() == entry.amount()
                            && e.valueDate().equals(entry.valueDate()))
                    .count();
            if (rivals == 1) {
                take(
                        open,
                        left,
                        out,
                        entry,
                        candidates,
                        MatchRule.AMOUNT_AND_DATE,
                        "amount " + amount(entry.amount()) + " and value date " + entry.valueDate()
                                + " agree, and no other unmatched entry or posting has both");
            }
        }
    }

    /** Rule 3: our postings quoting the entry's reference, within the tolerance, sum to its amount. */
    private void manyToOne(List<StatementItem> open, List<NostroPosting> left, List<Proposal> out) {
        for (StatementItem entry : List.copyOf(open)) {
            if (!quotesSomething(entry)) {
                continue;
            }
            List<NostroPosting> parts = left.stream()
                    .filter(p -> mirrors(entry, p)
                            && p.quotes(entry.reference())
                            && calendar.businessDaysBetween(entry.valueDate(), p.valueDate())
                                    <= settings.valueDateTolerance())
                    .toList();
            long sum = 0;
            for (NostroPosting part : parts) {
                sum = Math.addExact(sum, part.amount());
            }
            if (parts.size() >= 2 && sum == entry.amount()) {
                take(
                        open,
                        left,
                        out,
                        entry,
                        parts,
                        MatchRule.MANY_TO_ONE,
                        parts.size() + " postings with reference " + entry.reference() + " sum to the entry's "
                                + amount(entry.amount()) + " within " + settings.valueDateTolerance()
                                + " business days");
            }
        }
    }

    private static boolean quotesSomething(StatementItem entry) {
        return !StatementEntry.NO_REFERENCE.equals(entry.reference());
    }

    /** Their credit to our account is our debit of the nostro, and the reverse. */
    public static boolean mirrors(StatementItem entry, NostroPosting posting) {
        return entry.side() == StatementEntry.Side.CREDIT
                ? posting.side() == Side.DEBIT
                : posting.side() == Side.CREDIT;
    }

    private static void take(
            List<StatementItem> open,
            List<NostroPosting> left,
            List<Proposal> out,
            StatementItem entry,
            List<NostroPosting> postings,
            MatchRule rule,
            String why) {
        open.remove(entry);
        Set<NostroPosting> used = new HashSet<>(postings);
        left.removeIf(used::contains);
        out.add(new Proposal(entry, postings, rule, why));
    }

    private String amount(long units) {
        return BigDecimal.valueOf(units, scale).toPlainString();
    }
}
