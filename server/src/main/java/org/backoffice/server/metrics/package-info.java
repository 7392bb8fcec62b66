/**
 * Operational metrics, exposed at {@code /actuator/prometheus}: the ledger's group-commit writer, documents by
 * status, and how long document changes take to become durable. HTTP request percentiles come from Spring's own
 * {@code http.server.requests} timer, configured in {@code application.properties}.
 */
package org.backoffice.server.metrics;
