/** The financial statements' pages: turnover, balance sheet and income statement, with their CSV and XLSX downloads. */
package org.backoffice.server.reporting.web;
