/**
 * The securities back office's pages: markets, instruments, counterparties with their standing instructions, depo
 * accounts, the trade blotter with its CSV import and export, the repair queue, a trade's page with its versions, and
 * the capture form. They show what the viewer may do; the securities module's services refuse the rest whatever a page
 * shows, and a refusal comes back on the page.
 *
 * <p>Places kept for the pages still to come (settlement status, transfer orders, positions, fails, breaks,
 * confirmations): {@link org.backoffice.server.securities.web.SecuritiesNav#COMING} and the marked block in
 * {@code templates/layout.html}.
 */
package org.backoffice.server.securities.web;
