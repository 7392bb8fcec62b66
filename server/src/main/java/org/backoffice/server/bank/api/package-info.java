/**
 * The bank's REST API: clients, their accounts, payments and the rate table under {@code /api/bank}, the cash desks
 * under {@code /api/cash}, clearing, end of day and nostro reconciliation, over the banking module's services, which
 * enforce every rule (roles, branches, maker-checker, account status). Amounts travel as decimal text in the
 * currency's units; every refusal is a problem with the fields it concerns.
 */
package org.backoffice.server.bank.api;
