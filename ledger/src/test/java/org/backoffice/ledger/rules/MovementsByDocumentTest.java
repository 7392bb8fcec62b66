package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.COST_OF_SALES;
import static org.backoffice.ledger.testing.LedgerFixture.FLOUR_STOCK;
import static org.backoffice.ledger.testing.LedgerFixture.GOODS_RECEIVED;
import static org.backoffice.ledger.testing.LedgerFixture.TODAY;
import static org.backoffice.ledger.testing.LedgerFixture.flour;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.util.List;
import java.util.Map;
import org.backoffice.ledger.Memo;
import org.backoffice.ledger.PostPending;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.Reversal;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.Transfer;
import org.junit.jupiter.api.Test;

class MovementsByDocumentTest extends LedgerRuleTest {
    private static final String RECEIPT = "GRN-STORE1-2026-000042";
    private static final String WRITE_OFF = "WO-STORE1-2026-000007";

    @Test
    void aDocumentsMovementsAreFoundByItsReferenceInBookingOrder() {
        Memo receipt = new Memo(RECEIPT, "PURCHASE", Map.of("supplier", "Mill & Co", "note", "quote \" and \\ kept"));
        Transfer received =
                fixture.transfer(flour(FLOUR_STOCK, GOODS_RECEIVED, 25_000)).withMemo(receipt);
        fixture.accept(received);
        Transfer writeOff = fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 1_200))
                .withMemo(Memo.reference(WRITE_OFF).withReasonCode("DAMAGED"));
        fixture.accept(writeOff);
        Transfer correctionHold = Transfer.pending(
                        fixture.nextId(), TODAY, null, flour(COST_OF_SALES, FLOUR_STOCK, 300))
                .withMemo(Memo.reference(RECEIPT));
        fixture.accept(correctionHold);
        PostPending correction =
                new PostPending(fixture.nextId(), correctionHold.id(), TODAY, List.of(), Memo.reference(RECEIPT));
        fixture.accept(correction);
        Reversal undoWriteOff = new Reversal(fixture.nextId(), writeOff.id(), TODAY, Memo.reference(WRITE_OFF));
        fixture.accept(undoWriteOff);
        fixture.reject(
                fixture.transfer(flour(COST_OF_SALES, FLOUR_STOCK, 1_000_000)).withMemo(Memo.reference(RECEIPT)),
                RejectionReason.INSUFFICIENT_BALANCE);

        List<TransactionRecord> movements = fixture.ledger().movementsOf(RECEIPT);

        assertThat(movements)
                .extracting(TransactionRecord::id)
                .containsExactly(received.id(), correctionHold.id(), correction.id());
        assertThat(movements)
                .extracting(TransactionRecord::kind)
                .containsExactly(TransactionKind.TRANSFER, TransactionKind.PENDING, TransactionKind.POST_PENDING);
        assertThat(movements.get(0).memo()).isEqualTo(receipt);
        assertThat(movements.get(0).postings()).containsExactlyElementsOf(received.postings());
        assertThat(movements.get(0).bookedAt()).isBefore(movements.get(1).bookedAt());
        assertThat(movements.get(1).bookedAt()).isBefore(movements.get(2).bookedAt());
        assertThat(fixture.ledger().movementsOf(WRITE_OFF))
                .extracting(TransactionRecord::id)
                .containsExactly(writeOff.id(), undoWriteOff.id());
        assertThat(fixture.ledger().movementsOf(WRITE_OFF).get(0).memo().reasonCode())
                .isEqualTo("DAMAGED");
    }

    @Test
    void aDocumentWithoutMovementsHasNone() {
        fixture.payIn(ALICE, 10_00);
        fixture.accept(fixture.transfer(usd(ALICE, BOB, 1_00)).withMemo(Memo.reference("PAY-1")));

        assertThat(fixture.ledger().movementsOf("PAY-2")).isEmpty();
        assertThat(fixture.ledger().movementsOf("pay-1")).isEmpty();
        assertThat(fixture.ledger().movementsOf("PAY-1")).hasSize(1);
    }
}
