/**
 * The bank's back office: clients and their accounts, payments, clearing and netting, the cash
 * desk, statement reconciliation and end of day. Every operation is a platform document that posts
 * to the ledger; {@link org.backoffice.banking.Banking} is the module's one entry point.
 */
package org.backoffice.banking;
