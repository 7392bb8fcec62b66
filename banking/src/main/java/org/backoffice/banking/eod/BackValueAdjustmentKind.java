package org.backoffice.banking.eod;

import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.platform.document.AbstractDocumentKind;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.PostingContext;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;

/**
 * The back-value adjustment: checked and posted as a journal voucher is, but with a value date of its
 * own that may lie in a closed business day. That is the point of it, so unlike the payment types it
 * has no {@code BusinessDays} refusal; what guards it is that only a controller may make one and a
 * second controller must always approve it (the bank profile's permissions and zero threshold).
 */
public final class BackValueAdjustmentKind extends AbstractDocumentKind<BackValueAdjustment> {
    public static final String TYPE = "BackValueAdjustment";

    private final JournalVoucherKind lines = new JournalVoucherKind();

    public BackValueAdjustmentKind() {
        super(TYPE, "ADJ", BackValueAdjustment.class);
    }

    @Override
    public List<FieldError> validate(String branch, BackValueAdjustment body, PostingContext context) {
        List<FieldError> errors = new ArrayList<>(lines.validate(branch, voucher(body), context));
        if (body.valueDate() == null) {
            errors.add(new FieldError("valueDate", "must be given"));
        }
        return errors;
    }

    @Override
    public String asset(BackValueAdjustment body) {
        return body.asset();
    }

    @Override
    public long amount(BackValueAdjustment body) {
        return voucher(body).debits();
    }

    @Override
    public TransactionRequest posting(Document document, BackValueAdjustment body, PostingContext context) {
        Transfer posting = (Transfer) lines.posting(document, voucher(body), context);
        return new Transfer(
                posting.id(),
                body.valueDate(),
                posting.postings(),
                false,
                null,
                new Memo(TYPE + ":" + document.id(), TYPE, java.util.Map.of("branch", document.branch())));
    }

    private static JournalVoucher voucher(BackValueAdjustment body) {
        return new JournalVoucher(body.asset(), body.narrative(), body.lines());
    }
}
