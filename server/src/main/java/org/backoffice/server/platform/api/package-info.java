/**
 * The platform's REST API under {@code /api}: documents and journal vouchers, accounts and their statements, the trial
 * balance, attachments, the audit log, users, branches and API tokens. One small controller per capability, mapping
 * HTTP to the platform's services and back. The platform enforces every rule (permissions, branch scoping,
 * maker-checker); controllers name the actor, read parameters strictly and shape the answers. Amounts travel as
 * decimal text in the asset's units.
 */
package org.backoffice.server.platform.api;
