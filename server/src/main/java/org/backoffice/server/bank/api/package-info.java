/**
 * The bank's REST API under {@code /api/bank}: clients, their accounts, payments and the rate table, over the banking
 * module's services, which enforce every rule (roles, branches, maker-checker, account status). Amounts travel as
 * decimal text in the currency's units; every refusal is a problem with the fields it concerns.
 */
package org.backoffice.server.bank.api;
