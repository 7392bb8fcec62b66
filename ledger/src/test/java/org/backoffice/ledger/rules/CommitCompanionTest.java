package org.backoffice.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.ledger.testing.LedgerFixture.ALICE;
import static org.backoffice.ledger.testing.LedgerFixture.BOB;
import static org.backoffice.ledger.testing.LedgerFixture.FEES;
import static org.backoffice.ledger.testing.LedgerFixture.usd;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backoffice.ledger.CommitCompanion;
import org.backoffice.ledger.LedgerStorageException;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.RejectionReason;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.Transfer;
import org.backoffice.ledger.testing.LedgerFixture;
import org.backoffice.ledger.testing.LedgerFixture.LedgerState;
import org.junit.jupiter.api.Test;

/** Another module's rows commit in the ledger's batch: together with the transaction or not at all. */
class CommitCompanionTest extends LedgerRuleTest {
    private final Documents documents = new Documents();

    @Override
    CommitCompanion companion() {
        return documents;
    }

    @Override
    void prepare() {
        fixture.ledger().change(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(Documents.CREATE_TABLE);
            }
        });
        fixture.payIn(ALICE, 100_00);
    }

    @Test
    void anAcceptedTransferCommitsWithItsDocument() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        Document invoice = new Document(1, payment.id(), "INV-1");

        Outcome outcome = fixture.ledger().submit(payment, invoice).join();

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Accepted.class,
                        accepted -> assertThat(accepted.replay()).isFalse());
        assertThat(fixture.ledger().transaction(payment.id())).isPresent();
        assertThat(storedDocuments()).containsExactly(invoice);
        assertThat(fixture.posted(BOB)).isEqualTo(10_00);
    }

    @Test
    void aTransferTheLedgerRejectsLeavesNoDocument() {
        Transfer overdraft = fixture.transfer(usd(BOB, ALICE, 1_00));

        Outcome outcome = fixture.ledger()
                .submit(overdraft, new Document(1, overdraft.id(), "INV-1"))
                .join();

        LedgerFixture.assertRejected(outcome, RejectionReason.INSUFFICIENT_BALANCE);
        assertThat(documents.written).isEmpty();
        assertThat(storedDocuments()).isEmpty();
    }

    @Test
    void aReplayDoesNotWriteTheDocumentAgain() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        Document invoice = new Document(1, payment.id(), "INV-1");
        Outcome.Accepted first =
                (Outcome.Accepted) fixture.ledger().submit(payment, invoice).join();

        Outcome again = fixture.ledger().submit(payment, invoice).join();

        assertThat(again).isEqualTo(new Outcome.Accepted(payment.id(), first.bookedAt(), true));
        assertThat(documents.checked).containsExactly(invoice, invoice);
        assertThat(documents.written).containsExactly(invoice);
        assertThat(storedDocuments()).containsExactly(invoice);
        assertThat(fixture.posted(BOB)).isEqualTo(10_00);
    }

    @Test
    void aRefusedPreconditionRejectsOnlyItsRequest() {
        Document taken = new Document(1, TransactionId.of(1), "INV-0");
        fixture.ledger().record(taken.transactionId(), taken).join();
        Transfer first = fixture.transfer(usd(ALICE, BOB, 10_00));
        Transfer refused = fixture.transfer(usd(ALICE, BOB, 20_00));
        Transfer plain = fixture.transfer(usd(ALICE, FEES, 1_00));
        Document invoice = new Document(2, first.id(), "INV-1");
        Document duplicate = new Document(3, refused.id(), "INV-0");

        List<Outcome> outcomes = fixture.inOneBatch(ledger ->
                List.of(ledger.submit(first, invoice), ledger.submit(refused, duplicate), ledger.submit(plain)));

        assertThat(outcomes.get(0).accepted()).isTrue();
        assertThat(outcomes.get(1))
                .isEqualTo(new Outcome.Rejected(
                        refused.id(), RejectionReason.PRECONDITION_FAILED, "number INV-0 is taken by document 1"));
        assertThat(outcomes.get(2).accepted()).isTrue();
        assertThat(fixture.ledger().transaction(refused.id())).isEmpty();
        assertThat(fixture.posted(ALICE)).isEqualTo(100_00 - 10_00 - 1_00);
        assertThat(fixture.posted(BOB)).isEqualTo(10_00);
        assertThat(documents.written).containsExactly(taken, invoice);
        assertThat(storedDocuments()).containsExactly(taken, invoice);
    }

    @Test
    void aFailingWriteRollsTheTransactionBack() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        LedgerState before = fixture.state();

        // A document without a number breaks the table's NOT NULL constraint: a real database error.
        CompletableFuture<Outcome> future = fixture.ledger().submit(payment, new Document(1, payment.id(), null));

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(LedgerStorageException.class);
        assertThat(fixture.ledger().transaction(payment.id())).isEmpty();
        assertThat(fixture.state()).isEqualTo(before);
        assertThat(storedDocuments()).isEmpty();
        Transfer later = fixture.transfer(usd(ALICE, BOB, 1_00));
        assertThat(fixture.ledger()
                        .submit(later, new Document(2, later.id(), "INV-2"))
                        .join()
                        .accepted())
                .isTrue();
    }

    @Test
    void aCompanionThatThrowsFailsItsBatchAndTheWriterGoesOn() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        documents.failNextCheck(new IllegalStateException("the document module has a bug"));

        CompletableFuture<Outcome> future = fixture.ledger().submit(payment, new Document(1, payment.id(), "INV-1"));

        assertThatThrownBy(future::join).hasRootCauseMessage("the document module has a bug");
        assertThat(fixture.ledger().transaction(payment.id())).isEmpty();
        assertThat(storedDocuments()).isEmpty();
        assertThat(fixture.execute(fixture.transfer(usd(ALICE, BOB, 1_00))).accepted())
                .isTrue();
    }

    @Test
    void aRetriedBatchRunsTheCompanionAgainFromItsCheck() {
        Transfer payment = fixture.transfer(usd(ALICE, BOB, 10_00));
        Document invoice = new Document(1, payment.id(), "INV-1");
        documents.failNextWrite(new SQLException("could not serialize access", "40001"));
        long retriesBefore = fixture.ledger().writerStats().retries();

        Outcome outcome = fixture.ledger().submit(payment, invoice).join();

        assertThat(outcome.accepted()).isTrue();
        assertThat(fixture.ledger().writerStats().retries()).isEqualTo(retriesBefore + 1);
        assertThat(documents.checked).containsExactly(invoice, invoice);
        assertThat(storedDocuments()).containsExactly(invoice);
        assertThat(fixture.posted(BOB)).isEqualTo(10_00);
    }

    @Test
    void aRecordCommitsTheDocumentAloneAndStoresNothingInTheLedger() {
        LedgerState before = fixture.state();
        Document note = new Document(1, TransactionId.of(77), "NOTE-1");

        Outcome outcome = fixture.ledger().record(TransactionId.of(77), note).join();

        assertThat(outcome)
                .isEqualTo(new Outcome.Accepted(
                        TransactionId.of(77), fixture.clock().instant(), false));
        assertThat(storedDocuments()).containsExactly(note);
        assertThat(fixture.ledger().transaction(TransactionId.of(77))).isEmpty();
        assertThat(fixture.state()).isEqualTo(before);
    }

    @Test
    void aRefusedRecordWritesNothing() {
        Document taken = new Document(1, TransactionId.of(77), "NOTE-1");
        fixture.ledger().record(TransactionId.of(77), taken).join();

        Outcome outcome = fixture.ledger()
                .record(TransactionId.of(78), new Document(2, TransactionId.of(78), "NOTE-1"))
                .join();

        assertThat(outcome)
                .isEqualTo(new Outcome.Rejected(
                        TransactionId.of(78),
                        RejectionReason.PRECONDITION_FAILED,
                        "number NOTE-1 is taken by document 1"));
        assertThat(storedDocuments()).containsExactly(taken);
    }

    @Test
    void attachmentsNeedACompanion() {
        try (LedgerFixture plain = LedgerFixture.open(database)) {
            Transfer payment = plain.transfer(usd(ALICE, BOB, 1_00));
            Document invoice = new Document(1, payment.id(), "INV-1");

            assertThatThrownBy(() -> plain.ledger().submit(payment, invoice)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> plain.ledger().record(payment.id(), invoice))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aChangeReturnsWhatItsWorkReturns() {
        Document memo = new Document(1, TransactionId.of(5), "MEMO-1");

        int inserted = fixture.ledger().change(c -> Documents.insert(c, List.of(memo)));

        assertThat(inserted).isEqualTo(1);
        assertThat(storedDocuments()).containsExactly(memo);
        assertThat(fixture.ledger().vendor()).isEqualTo(database.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void aChangeThatThrowsIsRolledBack() {
        Document memo = new Document(1, TransactionId.of(5), "MEMO-1");

        assertThatThrownBy(() -> fixture.ledger().change(c -> {
                    Documents.insert(c, List.of(memo));
                    throw new IllegalStateException("changed my mind");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("changed my mind");
        assertThatThrownBy(() -> fixture.ledger().change(c -> {
                    Documents.insert(c, List.of(memo));
                    return c.createStatement().executeUpdate("DELETE FROM no_such_table");
                }))
                .isInstanceOf(LedgerStorageException.class);

        assertThat(storedDocuments()).isEmpty();
    }

    /** The documents as committed, read through the ledger's readers. */
    private List<Document> storedDocuments() {
        try (Connection c = fixture.ledger().readers().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT id, transaction_id, doc_number FROM documents ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<Document> stored = new ArrayList<>();
            while (rs.next()) {
                stored.add(new Document(rs.getLong(1), TransactionId.of(rs.getLong(2)), rs.getString(3)));
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document of another module, booked by a ledger transaction (or recorded without one). */
    record Document(long id, TransactionId transactionId, String number) {}

    /**
     * A documents module's companion: a document's number is unique, so a number taken by another
     * document refuses the request. It remembers what it was asked, to show what the ledger called.
     */
    static final class Documents implements CommitCompanion {
        static final String CREATE_TABLE = "CREATE TABLE documents (id BIGINT PRIMARY KEY,"
                + " transaction_id BIGINT NOT NULL, doc_number VARCHAR(40) NOT NULL)";

        final List<Object> checked = new CopyOnWriteArrayList<>();
        final List<Object> written = new CopyOnWriteArrayList<>();
        private volatile RuntimeException checkFailure;
        private volatile SQLException writeFailure;

        void failNextCheck(RuntimeException failure) {
            checkFailure = failure;
        }

        void failNextWrite(SQLException failure) {
            writeFailure = failure;
        }

        @Override
        public String[] check(Connection connection, List<Object> attachments) throws SQLException {
            RuntimeException failure = checkFailure;
            checkFailure = null;
            if (failure != null) {
                throw failure;
            }
            checked.addAll(attachments);
            String[] refusals = new String[attachments.size()];
            try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM documents WHERE doc_number = ?")) {
                for (int i = 0; i < refusals.length; i++) {
                    Document document = (Document) attachments.get(i);
                    ps.setString(1, document.number());
                    try (ResultSet rs = ps.executeQuery()) {
                        // The same document again is a replay, not a clash.
                        if (rs.next() && rs.getLong(1) != document.id()) {
                            refusals[i] = "number " + document.number() + " is taken by document " + rs.getLong(1);
                        }
                    }
                }
            }
            return refusals;
        }

        @Override
        public void write(Connection connection, List<Object> accepted) throws SQLException {
            SQLException failure = writeFailure;
            writeFailure = null;
            if (failure != null) {
                throw failure;
            }
            insert(connection, accepted);
            written.addAll(accepted);
        }

        static int insert(Connection connection, List<?> documents) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO documents (id, transaction_id, doc_number) VALUES (?, ?, ?)")) {
                for (Object o : documents) {
                    Document document = (Document) o;
                    ps.setLong(1, document.id());
                    ps.setLong(2, document.transactionId().value());
                    ps.setString(3, document.number());
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        }
    }
}
