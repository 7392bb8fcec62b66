package org.backoffice.banking.cash;

/**
 * One currency of a shift's close, in minor units.
 *
 * @param book the desk's book balance when the cash was counted
 * @param counted the cash counted, the sum of the pieces by denomination
 * @param difference counted less book: negative is a shortage, positive a surplus
 * @param returned what went back to the vault after the difference was posted
 */
public record CloseLine(String currency, long book, long counted, long difference, long returned) {}
