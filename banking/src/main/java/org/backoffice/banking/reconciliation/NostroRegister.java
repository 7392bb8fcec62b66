package org.backoffice.banking.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.backoffice.banking.reconciliation.internal.ReconGrants;
import org.backoffice.banking.reconciliation.internal.ReconRows;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BookAccount;
import org.backoffice.platform.security.Actor;

/**
 * The nostro accounts: the bank's book accounts on chart line 1020, each registered as the mirror
 * of its account at a correspondent, by the account identification the correspondent's statements
 * give. Administrators and accountants register; everyone who sees the branch may look.
 */
public final class NostroRegister {
    public static final String NOSTRO_CHART = "1020";
    private static final String BIC = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?";

    private final Platform platform;

    public NostroRegister(Platform platform) {
        this.platform = platform;
    }

    /** Registers a 1020 book account as the mirror of an account at a correspondent. */
    public NostroAccount register(Actor actor, RegisterNostro request) {
        ReconGrants.require(platform, actor, ReconGrants.REGISTER, "register nostro accounts");
        List<FieldError> errors = new ArrayList<>();
        String number = request.bookNumber() == null ? "" : request.bookNumber().strip();
        Optional<BookAccount> book =
                number.isEmpty() ? Optional.empty() : platform.accounts().account(number);
        if (number.isEmpty()) {
            errors.add(new FieldError("bookNumber", "must be given"));
        } else if (book.isEmpty() || !actor.canSee(book.get().branch())) {
            errors.add(new FieldError("bookNumber", "no book account " + number + " in your branches"));
        } else if (!book.get().chartCode().equals(NOSTRO_CHART)) {
            errors.add(new FieldError(
                    "bookNumber",
                    number + " is on chart line " + book.get().chartCode() + "; a nostro account is on " + NOSTRO_CHART
                            + " (correspondent accounts)"));
        } else if (find(number).isPresent()) {
            errors.add(new FieldError("bookNumber", number + " is registered already"));
        }
        String bic = request.correspondentBic() == null
                ? ""
                : request.correspondentBic().strip();
        if (!bic.matches(BIC)) {
            errors.add(new FieldError("correspondentBic", "must be a BIC of 8 or 11 characters, was '" + bic + "'"));
        }
        String accountId = request.accountIdentification() == null
                ? ""
                : request.accountIdentification().strip();
        if (accountId.isEmpty() || accountId.length() > 35) {
            errors.add(new FieldError(
                    "accountIdentification", "must be 1 to 35 characters, as the statements' Acct/Id or :25:"));
        } else if (book.isPresent()) {
            Optional<NostroAccount> taken =
                    byIdentification(accountId, book.get().asset());
            taken.ifPresent(t -> errors.add(new FieldError(
                    "accountIdentification",
                    accountId + " in " + t.currency() + " is registered already for " + t.bookNumber())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        BookAccount account = book.orElseThrow();
        long id = platform.ids().next().value();
        long now = Micros.now(platform.clock());
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "REGISTER",
                "NostroAccount",
                account.number(),
                account.branch(),
                null,
                "{\"correspondent\":\"" + bic + "\",\"account\":\"" + json(accountId) + "\"}");
        platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "INSERT INTO recon_nostros (id, book_number, ledger_id, branch, currency, correspondent, account_id,"
                                + " registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        account.number(),
                        account.ledgerId().value(),
                        account.branch(),
                        account.asset(),
                        bic,
                        accountId,
                        now,
                        actor.username()));
        return find(account.number()).orElseThrow();
    }

    /** The nostro accounts of the actor's branches, by book number. */
    public List<NostroAccount> nostros(Actor actor) {
        return Sql.query(
                        platform.ledger().readers(),
                        "SELECT * FROM recon_nostros ORDER BY book_number",
                        ReconRows::nostro)
                .stream()
                .filter(n -> actor.canSee(n.branch()))
                .toList();
    }

    /** The nostro account, if the actor sees its branch. */
    public NostroAccount nostro(Actor actor, String bookNumber) {
        return find(bookNumber)
                .filter(n -> actor.canSee(n.branch()))
                .orElseThrow(() -> new NoSuchElementException("no nostro account " + bookNumber + " in your branches"));
    }

    /** The nostro account a statement names by its account identification and currency. */
    public Optional<NostroAccount> byIdentification(String accountId, String currency) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT * FROM recon_nostros WHERE account_id = ? AND currency = ?",
                ReconRows::nostro,
                accountId,
                currency);
    }

    /** The nostro accounts registered with an account identification, in whatever currency. */
    public List<NostroAccount> byIdentification(String accountId) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM recon_nostros WHERE account_id = ?",
                ReconRows::nostro,
                accountId);
    }

    private Optional<NostroAccount> find(String bookNumber) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT * FROM recon_nostros WHERE book_number = ?",
                ReconRows::nostro,
                bookNumber);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
