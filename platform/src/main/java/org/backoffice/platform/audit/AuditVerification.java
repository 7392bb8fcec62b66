package org.backoffice.platform.audit;

import java.util.List;

/** What {@code audit verify} found: how many entries it checked and every break in the chain. */
public record AuditVerification(long checked, List<String> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
