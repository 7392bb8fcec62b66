/**
 * The securities REST API under {@code /api/securities}: reference data (markets, instruments, counterparties and
 * their standing instructions, depo accounts), the trade book (capture one trade or a list, the blotter, a trade with
 * its versions, the maker-checker steps) and the CSV import of trades, over the securities module's services, which
 * enforce every rule. Amounts travel as decimal text in the currency's units; every refusal is a problem with the
 * fields it concerns.
 */
package org.backoffice.server.securities.api;
