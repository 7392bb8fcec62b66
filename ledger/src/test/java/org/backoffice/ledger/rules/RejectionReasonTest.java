package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backoffice.ledger.testing.LedgerFixture.BANK;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectionReasonTest extends LedgerRuleTest {

    @Override
    CommitCompanion companion() {
        return Refusals.REFUSES_ATTACHMENTS;
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void aRefusedRequestIsRejectedForItsReasonAndChangesNothing(RejectionReason reason) {
        TransactionRequest request = Refusals.prepare(reason, fixture);
        Optional<TransactionRecord> storedUnderItsId = fixture.ledger().transaction(request.id());
        LedgerState before = fixture.state();

        Outcome outcome =
                fixture.ledger().submit(request, Refusals.attachment(reason)).join();

        LedgerFixture.assertRejected(outcome, reason);
        assertThat(outcome.id()).isEqualTo(request.id());
        assertThat(((Outcome.Rejected) outcome).detail()).isNotBlank();
        assertThat(fixture.state()).isEqualTo(before);
        assertThat(fixture.ledger().transaction(request.id())).isEqualTo(storedUnderItsId);
        if (reason != RejectionReason.ID_REUSED_WITH_OTHER_CONTENT) {
            assertThat(storedUnderItsId).isEmpty();
        }
    }

    @Test
    void aRejectionInABatchDoesNotFailItsNeighbours() {
        Map<RejectionReason, TransactionRequest> refused = new EnumMap<>(RejectionReason.class);
        Map<TransactionRequest, Object> attachments = new HashMap<>();
        for (RejectionReason reason : RejectionReason.values()) {
            TransactionRequest request = Refusals.prepare(reason, fixture);
            refused.put(reason, request);
            attachments.put(request, Refusals.attachment(reason));
        }
        long feesBefore = fixture.posted(FEES);
        long bankBefore = fixture.posted(BANK);
        List<TransactionRequest> batch = new ArrayList<>();
        List<TransactionRequest> payments = new ArrayList<>();
        for (TransactionRequest request : refused.values()) {
            TransactionRequest payment = fixture.transfer(usd(BANK, FEES, 1_00));
            payments.add(payment);
            batch.add(payment);
            batch.add(request);
        }
        TransactionRequest last = fixture.transfer(usd(BANK, FEES, 1_00));
        payments.add(last);
        batch.add(last);

        List<Outcome> outcomes = fixture.inOneBatch(ledger -> batch.stream()
                .map(request -> ledger.submit(request, attachments.get(request)))
                .toList());

        for (int i = 0; i < batch.size(); i++) {
            TransactionRequest request = batch.get(i);
            Outcome outcome = outcomes.get(i);
            assertThat(outcome.id()).isEqualTo(request.id());
            if (payments.contains(request)) {
                assertThat(outcome.accepted()).as("payment %s", request.id()).isTrue();
            }
        }
        for (RejectionReason reason : RejectionReason.values()) {
            int index = batch.indexOf(refused.get(reason));
            LedgerFixture.assertRejected(outcomes.get(index), reason);
        }
        assertThat(fixture.posted(FEES)).isEqualTo(feesBefore + payments.size() * 1_00L);
        assertThat(fixture.posted(BANK)).isEqualTo(bankBefore + payments.size() * 1_00L);
        for (TransactionRequest payment : payments) {
            assertThat(fixture.ledger().transaction(payment.id())).isPresent();
        }
    }
}
