/**
 * The platform's pages: the dashboard, documents with their filters and exports, a document with its actions, the
 * journal voucher form, the approvals inbox, accounts and their statements, the trial balance, the audit log,
 * administration of users and branches, API tokens and the user's own password.
 */
package org.backoffice.server.platform.web;
