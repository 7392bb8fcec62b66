package org.backoffice.banking.reconciliation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backoffice.banking.reconciliation.NostroAccount;
import org.backoffice.banking.reconciliation.NostroPosting;
import org.backoffice.banking.reconciliation.PostingRef;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.StatementCursor;
import org.backoffice.ledger.StatementLine;
import org.backoffice.ledger.StatementPage;
import org.backoffice.ledger.StatementQuery;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentId;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.security.Actor;

/**
 * Our postings on a nostro book account, read from the ledger's statement of the account, with
 * the references a correspondent may quote for each: the memo's reference, and the number (and a
 * journal voucher's narrative) of the document that posted it, whose id is the transaction's.
 */
public final class NostroPostings {
    private static final int PAGE = 2_000;
    private static final Actor READER = Actor.system("reconciliation");

    private final Platform platform;

    public NostroPostings(Platform platform) {
        this.platform = platform;
    }

    /** Every posting on the account with a value date on or after {@code from}, in booking order. */
    public List<NostroPosting> since(NostroAccount nostro, LocalDate from) {
        List<NostroPosting> postings = new ArrayList<>();
        StatementQuery query = StatementQuery.all(AccountId.of(nostro.ledgerId()), PAGE);
        while (true) {
            StatementPage page = platform.ledger().statement(query);
            for (StatementLine line : page.lines()) {
                if (!line.valueDate().isBefore(from)) {
                    postings.add(posting(line));
                }
            }
            Optional<StatementCursor> next = page.next();
            if (next.isEmpty()) {
                return postings;
            }
            query = query.continueAfter(next.get());
        }
    }

    private NostroPosting posting(StatementLine line) {
        Set<String> references = new LinkedHashSet<>();
        if (line.reference() != null) {
            references.add(line.reference());
        }
        String number = null;
        Optional<Document> document = line.transactionId().value() > 0
                ? platform.documents()
                        .find(READER, new DocumentId(line.transactionId().value()))
                : Optional.empty();
        if (document.isPresent()) {
            number = document.get().number();
            if (number != null) {
                references.add(number);
            }
            if (document.get().body() instanceof JournalVoucher voucher
                    && voucher.narrative() != null
                    && !voucher.narrative().isBlank()) {
                references.add(voucher.narrative().strip());
            }
        }
        return new NostroPosting(
                new PostingRef(line.transactionId().value(), line.postingIndex()),
                line.valueDate(),
                line.side(),
                line.amount(),
                line.reference(),
                number,
                references);
    }
}
