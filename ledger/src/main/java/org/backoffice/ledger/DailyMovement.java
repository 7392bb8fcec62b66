package org.backoffice.ledger;

import java.time.LocalDate;

/** What was posted to one account on one value date, on each side. */
public record DailyMovement(LocalDate date, long debits, long credits) {}
