/**
 * Financial statements over the ledger, within the reader's branches: the turnover trial balance,
 * the balance sheet and the income statement ({@link org.backoffice.reporting.FinancialReports}),
 * and their exports to CSV, XLSX and PDF ({@link org.backoffice.reporting.ReportTable}, {@link
 * org.backoffice.reporting.ReportFormat}, {@link org.backoffice.reporting.AccountStatementPdf}).
 */
package org.backoffice.reporting;
