/** The financial statements under {@code /api/reports}: turnover, balance sheet and income statement. */
package org.backoffice.server.reporting.api;
