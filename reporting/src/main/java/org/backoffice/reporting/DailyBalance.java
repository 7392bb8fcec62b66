package org.backoffice.reporting;

import java.time.LocalDate;

/** An account's posted balance at the end of a value date, positive on its normal side. */
public record DailyBalance(LocalDate date, long balance) {}
