package org.backoffice.banking.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.backoffice.banking.internal.BankGrants;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Actor;

/** The bank's clients: taking one on, and finding them again, within the branches a user may see. */
public final class Clients {
    private final Platform platform;
    private final Clock clock;
    private final TransactionIds ids;

    public Clients(Platform platform, TransactionIds ids) {
        this.platform = platform;
        this.clock = platform.clock();
        this.ids = ids;
    }

    /** Records a new client in a branch of the actor's; an operator or an accountant may. */
    public Client create(Actor actor, NewClient request) {
        requireClerk(actor);
        if (request == null) {
            throw InvalidDocumentException.of("client", "must be given");
        }
        request.check(LocalDate.now(clock));
        actor.requireBranch(request.branch());
        if (platform.organisation().branch(request.branch()).isEmpty()) {
            throw InvalidDocumentException.of("branch", "no such branch: '" + request.branch() + "'");
        }
        long id = ids.next().value();
        Instant now = clock.instant();
        String name = request.displayName();
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "CREATE",
                "Client",
                Long.toString(id),
                request.branch(),
                null,
                "{\"kind\":\"" + request.kind() + "\",\"name\":" + quoted(name) + "}");
        platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "INSERT INTO bank_clients (id, kind, branch, name, given_names, family_name, birth_date, id_document,"
                                + " tax_id, lei, address, country, email, phone, created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        request.kind().name(),
                        request.branch(),
                        name,
                        blankToNull(request.givenNames()),
                        blankToNull(request.familyName()),
                        request.birthDate() == null ? null : request.birthDate().toString(),
                        request.idDocument().strip(),
                        blankToNull(request.taxId()),
                        blankToNull(request.lei()),
                        request.address().strip(),
                        request.country(),
                        blankToNull(request.email()),
                        blankToNull(request.phone()),
                        Micros.of(now),
                        actor.username()));
        return find(actor, id).orElseThrow();
    }

    public Optional<Client> find(Actor actor, long id) {
        return Sql.one(platform.ledger().readers(), "SELECT * FROM bank_clients WHERE id = ?", Clients::row, id)
                .filter(c -> actor.canSee(c.branch()));
    }

    public Client get(Actor actor, long id) {
        return find(actor, id).orElseThrow(() -> new NoSuchElementException("client " + id + " not found"));
    }

    /** Clients of the actor's branches whose name contains {@code search} (any case), by name. */
    public Page<Client> list(Actor actor, String branch, String search, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, branch, where, args)) {
            return new Page<>(List.of(), page, size, 0);
        }
        if (search != null && !search.isBlank()) {
            // The user's text is matched as typed: '%' and '_' in it are not wildcards.
            where.append(" AND LOWER(name) LIKE ? ESCAPE '\\'");
            String typed = search.strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            args.add("%" + typed + "%");
        }
        return Sql.page(
                platform.ledger().readers(), "bank_clients" + where, args, "name, id", Clients::row, page, size);
    }

    private void requireClerk(Actor actor) {
        BankGrants.require(platform, actor, BankGrants.CLIENT, Action.CREATE, "may not take on clients");
    }

    private static Client row(ResultSet rs) throws SQLException {
        String birth = rs.getString("birth_date");
        return new Client(
                rs.getLong("id"),
                ClientKind.valueOf(rs.getString("kind")),
                rs.getString("branch"),
                rs.getString("name"),
                rs.getString("given_names"),
                rs.getString("family_name"),
                birth == null ? null : LocalDate.parse(birth),
                rs.getString("id_document"),
                rs.getString("tax_id"),
                rs.getString("lei"),
                rs.getString("address"),
                rs.getString("country"),
                rs.getString("email"),
                rs.getString("phone"),
                Micros.toInstant(rs.getLong("created_at")),
                rs.getString("created_by"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
