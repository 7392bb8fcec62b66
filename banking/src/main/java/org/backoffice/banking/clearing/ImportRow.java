package org.backoffice.banking.clearing;

/**
 * What became of one item of an incoming file.
 *
 * @param item its line (CSV) or position (pacs.008); 0 for a pacs.008's group header
 * @param outcome CREDITED, SUSPENSE or UNREADABLE
 * @param detail the beneficiary's account when credited, the reason when held or unreadable
 */
public record ImportRow(
        int item,
        String outcome,
        String endToEndId,
        String creditorIban,
        String currency,
        Long amount,
        String detail) {}
