package org.backoffice.platform.document;

import java.math.BigDecimal;
import java.util.Set;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.security.Role;

/**
 * Maker-checker for one document type: below the threshold a document posts on submission; at or
 * above it a second user with one of the approver roles must approve. The maker never may.
 *
 * @param threshold in the document's asset units (e.g. 10000.00); zero means every document needs approval
 */
public record ApprovalPolicy(String documentType, BigDecimal threshold, Set<Role> approverRoles) {
    public ApprovalPolicy {
        if (threshold == null || threshold.signum() < 0) {
            throw new IllegalArgumentException("threshold: must be zero or more");
        }
        if (approverRoles == null || approverRoles.isEmpty()) {
            throw new IllegalArgumentException("approverRoles: at least one role must be given");
        }
        approverRoles = Set.copyOf(approverRoles);
    }

    /** Whether a document of {@code amount} minor units of an asset with {@code scale} needs approval. */
    public boolean needsApproval(long amount, int scale) {
        return Amount.decimal(amount, scale).compareTo(threshold) >= 0;
    }
}
