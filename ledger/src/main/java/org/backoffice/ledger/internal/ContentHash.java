package org.backoffice.ledger.internal;

import java.util.Map;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.Posting;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.VoidPending;

/**
 * A 64-bit fingerprint of a request's content, stored with the transaction so that a retry with the
 * same id can be told apart from a reuse of the id. FNV-1a over a fixed field order: it is stored,
 * so it must never change.
 */
public final class ContentHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET;

    private ContentHash() {}

    public static long of(TransactionRequest request) {
        ContentHash h = new ContentHash();
        switch (request) {
            case Transfer t -> {
                h.mix(t.pending() ? 2 : 1);
                h.mix(Dates.toInt(t.valueDate()));
                h.mix(t.timeout() == null ? -1 : t.timeout().toNanos() / 1_000);
                h.mix(t.postings().size());
                for (Posting p : t.postings()) {
                    h.mix(p.debit().value());
                    h.mix(p.credit().value());
                    h.mix(p.asset().value());
                    h.mix(p.amount());
                }
            }
            case PostPending p -> {
                h.mix(3);
                h.mix(p.pendingId().value());
                h.mix(Dates.toInt(p.valueDate()));
                h.mix(p.amounts().size());
                p.amounts().forEach(h::mix);
            }
            case VoidPending v -> {
                h.mix(4);
                h.mix(v.pendingId().value());
                h.mix(Dates.toInt(v.valueDate()));
            }
            case Reversal r -> {
                h.mix(6);
                h.mix(r.originalId().value());
                h.mix(Dates.toInt(r.valueDate()));
            }
        }
        h.mix(request.memo());
        return h.hash;
    }

    private void mix(Memo memo) {
        mix(memo.reference());
        mix(memo.reasonCode());
        mix(memo.metadata().size());
        for (Map.Entry<String, String> e : memo.metadata().entrySet()) {
            mix(e.getKey());
            mix(e.getValue());
        }
    }

    private void mix(long value) {
        for (int i = 0; i < 8; i++) {
            hash ^= (value >>> (i * 8)) & 0xff;
            hash *= PRIME;
        }
    }

    private void mix(String value) {
        if (value == null) {
            mix(-1L);
            return;
        }
        mix(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            hash ^= c & 0xff;
            hash *= PRIME;
            hash ^= c >>> 8;
            hash *= PRIME;
        }
    }
}
