package org.backoffice.banking.clearing;

/** Clearing and netting: the cycles and their close, incoming files, and the exceptions queue. */
public record Clearing(ClearingCycles cycles, IncomingClearing incoming, ClearingExceptions exceptions) {}
