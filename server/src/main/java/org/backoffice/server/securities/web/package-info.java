/**
 * The securities back office's pages: markets, instruments, counterparties with their standing instructions, depo
 * accounts, the trade blotter with its CSV and FIX-log imports and exports, the repair queue, a trade's page with its
 * versions, contract and confirmations, the capture form, settlement instructions with their events and messages,
 * transfer orders to the registrar, positions and P&amp;L, fails and penalty rates, corporate actions, and
 * reconciliation breaks. They show what the viewer may do; the securities module's services refuse the rest whatever
 * a page shows, and a refusal comes back on the page.
 */
package org.backoffice.server.securities.web;
