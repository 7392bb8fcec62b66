package org.backoffice.platform.operation.internal;

import java.util.List;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.operation.OperationKind;

/**
 * An operation in the ledger's hands, as its batch's commit companion sees it.
 *
 * @param movements the ledger requests it makes; each gets its row in {@code platform_operations}
 */
public record Submitted<T>(
        OperationKind<T> kind, T value, String actor, String branch, List<TransactionRequest> movements) {}
