/**
 * Statement reading, once for every module, pure: no database. One model of an account statement
 * ({@link org.backoffice.platform.statement.AccountStatement}: account, currency, opening and
 * closing balances with their dates, entries with value and booking date, amount and side,
 * references and description), read from camt.053.001.08, MT940 and MT950; and a custodian's
 * statements of holdings (MT535, {@link org.backoffice.platform.statement.HoldingsStatement}) and
 * transactions (MT536 and MT537, {@link org.backoffice.platform.statement.TransactionStatement}).
 * {@link org.backoffice.platform.statement.StatementFormat} tells a file's format from its content
 * and {@link org.backoffice.platform.statement.StatementReader} reads it. Amounts stay decimals as
 * the file states them: the module that books them converts with the asset's scale. The writers
 * make the same files for tests and demo data. XML goes through Prowide, and a DOCTYPE is refused
 * before it does.
 */
package org.backoffice.platform.statement;
