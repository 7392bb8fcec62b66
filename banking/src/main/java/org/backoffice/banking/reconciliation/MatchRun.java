package org.backoffice.banking.reconciliation;

/**
 * What one run of the matching rules did on a nostro account.
 *
 * @param matched new matches made by the rules
 * @param breaksOpened entries and postings left unmatched that got a break now
 * @param breaksClosed open breaks whose item the rules matched now (a late entry, a corrected posting)
 */
public record MatchRun(int matched, int breaksOpened, int breaksClosed) {}
