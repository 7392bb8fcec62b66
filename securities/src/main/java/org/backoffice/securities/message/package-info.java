/**
 * The securities message adapters, pure and database-free: plain value records in, text out, and
 * back. FIX 4.4 drop copies (single messages, QuickFIX/J message logs and a live acceptor), SWIFT
 * MT540-543 settlement instructions and their ISO 20022 sese.023 / sese.020 twins, status advices
 * (MT548, sese.024) and settlement confirmations (MT544-547, sese.025). Statements of holdings and
 * transactions (MT535, MT536, MT537) and cash statements (camt.053) are read by the platform's
 * {@code org.backoffice.platform.statement}. SWIFT and ISO 20022 text goes through Prowide and the
 * platform's {@code org.backoffice.platform.message}; anything that cannot be read throws {@link
 * org.backoffice.platform.message.MessageFormatException} naming the field and the rule.
 */
package org.backoffice.securities.message;
