package org.backoffice.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Another module's rows committed in the same database transaction as a batch of the ledger, so
 * that a document, its audit entries and its ledger transaction commit together or not at all.
 * Submitters hand an attachment along with a request ({@link Ledger#submit(TransactionRequest,
 * Object)}) or alone ({@link Ledger#record}); the ledger passes the attachments of each batch to
 * the companion and never looks inside them.
 *
 * <p>Both methods run on a writer thread, inside the batch's transaction, on the writer's
 * connection: they must not commit, roll back or change the connection's settings, must not write
 * the ledger's own tables, and must not wait for the ledger (its writer is the thread waiting). With
 * several writers they run concurrently, on different connections.
 *
 * <p>A batch that fails is rolled back and, when the failure is transient (a serialization
 * failure, a deadlock, a busy database), run again from {@link #check}: both methods must give the
 * same answer for the same database state and must not keep effects outside the transaction. A
 * {@link SQLException} that is not transient, or any runtime exception, fails every request of the
 * batch.
 */
public interface CommitCompanion {

    /**
     * Decides, before the ledger applies any request of the batch, which attachments may proceed.
     * The attachments of replays come here too: a request already stored under its id must pass, or
     * its replay is rejected.
     *
     * @param attachments the attachments of the batch's requests and records that have one, in batch
     *     order
     * @return one entry per attachment: null to proceed, else why it is refused; the request is then
     *     {@link Outcome.Rejected} with {@link RejectionReason#PRECONDITION_FAILED} and this detail, and
     *     the ledger does not apply it
     */
    String[] check(Connection connection, List<Object> attachments) throws SQLException;

    /**
     * Writes the companion's rows after the ledger has written its own, just before the commit.
     *
     * @param accepted the attachments whose request was accepted and is not a replay, and those of
     *     the records not refused, in batch order
     */
    void write(Connection connection, List<Object> accepted) throws SQLException;
}
