package org.backoffice.securities.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.jdbc.Where;
import org.backoffice.platform.organisation.Lei;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;

/** Safekeeping accounts of clients and of the firm; a user sees those of the branches granted to them. */
public final class DepoAccounts {
    private static final String COLUMNS = "code, branch, owner_kind, owner_name, owner_lei, status, opened_on";

    private final Platform platform;
    private final ReadThrough<String, DepoAccount> cache = new ReadThrough<>(this::load);

    public DepoAccounts(Platform platform) {
        this.platform = platform;
    }

    /** Opens a depo account at a branch of the actor's, from today. */
    public DepoAccount open(
            Actor actor, String code, String branch, OwnerKind kind, String ownerName, String ownerLei) {
        Clerks.require(platform, actor);
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.matches(DepoAccount.CODE_PATTERN)) {
            errors.add(new FieldError("code", "must be 1 to 12 capital letters or digits, was '" + code + "'"));
        }
        if (kind == null) {
            errors.add(new FieldError("ownerKind", "must be CLIENT or HOUSE"));
        }
        if (ownerName == null || ownerName.isBlank() || ownerName.length() > 200) {
            errors.add(new FieldError("ownerName", "must be given, at most 200 characters"));
        }
        if (ownerLei != null && !ownerLei.isBlank() && !Lei.valid(ownerLei)) {
            errors.add(new FieldError(
                    "ownerLei", "must be 18 letters or digits and 2 check digits (ISO 17442), was '" + ownerLei + "'"));
        }
        if (branch == null || platform.organisation().branch(branch).isEmpty()) {
            errors.add(new FieldError("branch", "no such branch: '" + branch + "'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        actor.requireBranch(branch);
        if (find(code).isPresent()) {
            throw InvalidDocumentException.of("code", "depo account " + code + " exists already");
        }
        LocalDate today = LocalDate.now(platform.clock());
        String lei = ownerLei == null || ownerLei.isBlank() ? null : ownerLei;
        platform.change(
                List.of(new AuditRecord(
                        actor.username(),
                        "OPEN",
                        "DepoAccount",
                        code,
                        branch,
                        null,
                        "{\"owner\":" + Rows.quoted(ownerName.strip()) + ",\"kind\":\"" + kind + "\"}")),
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_depo_accounts (" + COLUMNS + ", created_by, version)"
                                + " VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, 1)",
                        code,
                        branch,
                        kind.name(),
                        ownerName.strip(),
                        lei,
                        today.toString(),
                        actor.username()));
        return find(code).orElseThrow();
    }

    /** Closes a depo account; the caller has checked it holds nothing and has nothing pending. */
    public void close(Actor actor, String code) {
        Clerks.require(platform, actor);
        DepoAccount account = visible(actor, code);
        if (!account.open()) {
            throw new IllegalStateException("status: depo account " + code + " is closed already");
        }
        platform.change(
                List.of(new AuditRecord(actor.username(), "CLOSE", "DepoAccount", code, account.branch(), null, null)),
                c -> Sql.update(
                        c,
                        "UPDATE sec_depo_accounts SET status = 'CLOSED', closed_on = ?, version = version + 1"
                                + " WHERE code = ? AND status = 'OPEN'",
                        LocalDate.now(platform.clock()).toString(),
                        code));
        cache.forget(code);
    }

    public Optional<DepoAccount> find(String code) {
        return cache.find(code);
    }

    private Optional<DepoAccount> load(String code) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + COLUMNS + " FROM sec_depo_accounts WHERE code = ?",
                DepoAccounts::read,
                code);
    }

    /** The account, if the actor may see its branch; else as if it did not exist. */
    public DepoAccount visible(Actor actor, String code) {
        return find(code)
                .filter(a -> actor.canSee(a.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("depoAccount", "no such depo account: '" + code + "'"));
    }

    public Page<DepoAccount> list(Actor actor, String branch, int page, int size) {
        return Where.scoped(actor, branch)
                .page(
                        platform.ledger().readers(),
                        "sec_depo_accounts",
                        COLUMNS,
                        "code",
                        DepoAccounts::read,
                        page,
                        size);
    }

    private static DepoAccount read(ResultSet rs) throws SQLException {
        return new DepoAccount(
                rs.getString(1),
                rs.getString(2),
                OwnerKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6).equals("OPEN"),
                LocalDate.parse(rs.getString(7)));
    }
}
