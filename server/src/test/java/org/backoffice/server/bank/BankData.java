package org.backoffice.server.bank;

import java.time.LocalDate;
import java.util.List;
import org.backoffice.banking.Banking;
import org.backoffice.banking.account.CustomerAccount;
import org.backoffice.banking.account.OpenCustomerAccount;
import org.backoffice.banking.client.Client;
import org.backoffice.banking.client.ClientKind;
import org.backoffice.banking.client.NewClient;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Side;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.platform.security.Actor;

/** Clients, accounts and money for the server's bank tests, made through the banking module's own services. */
public final class BankData {
    private final Banking banking;

    public BankData(Banking banking) {
        this.banking = banking;
    }

    /** A person in the branch, with a name no other test uses. */
    public Client person(Actor clerk, String branch, String familyName) {
        return banking.clients()
                .create(
                        clerk,
                        new NewClient(
                                ClientKind.PERSON,
                                branch,
                                "Jane",
                                familyName + " " + Long.toString(System.nanoTime(), 36),
                                LocalDate.of(1980, 5, 17),
                                null,
                                "P" + System.nanoTime() % 100_000_000,
                                null,
                                null,
                                "1 High Street, London",
                                "GB",
                                null,
                                null));
    }

    public CustomerAccount account(Actor clerk, Client client, String currency) {
        return banking.accounts().open(clerk, new OpenCustomerAccount(client.id(), currency, "CURRENT"));
    }

    /** A person's current account in the branch and currency. */
    public CustomerAccount account(Actor clerk, String branch, String currency) {
        return account(clerk, person(clerk, branch, "Holder"), currency);
    }

    /**
     * Pays {@code amount} into the account from the branch's cash by journal voucher, approved by the checker when
     * it is at or above the threshold.
     */
    public void fund(Actor maker, Actor checker, CustomerAccount account, String amount) {
        long units = Amount.parse(
                        "amount",
                        amount,
                        banking.platform().accounts().asset(account.currency()).orElseThrow())
                .units();
        JournalVoucher voucher = new JournalVoucher(
                account.currency(),
                "Cash paid in",
                List.of(
                        new JournalLine(account.branch() + "-1010-" + account.currency(), Side.DEBIT, units),
                        new JournalLine(account.bookNumber(), Side.CREDIT, units)));
        Document document = banking.platform()
                .documents()
                .create(
                        maker,
                        new NewDocument(
                                JournalVoucherKind.TYPE,
                                account.branch(),
                                banking.payments().valueDates().today(),
                                voucher),
                        true,
                        null)
                .document();
        if (document.status() == DocumentStatus.SUBMITTED) {
            banking.platform().documents().approve(checker, document.id(), "cash counted");
        }
    }

    /** The account's posted balance in minor units. */
    public long balance(CustomerAccount account) {
        return banking.platform()
                .ledger()
                .balance(AccountId.of(account.ledgerId()))
                .orElseThrow()
                .posted();
    }
}
