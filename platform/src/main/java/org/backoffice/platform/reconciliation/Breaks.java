package org.backoffice.platform.reconciliation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backoffice.platform.Page;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.internal.Json;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.organisation.BusinessCalendar;
import org.backoffice.platform.reconciliation.internal.BreakRows;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.User;

/**
 * The breaks one module found, and their life: listed (filtered by account, kind, status, owner and
 * age, paged), assigned to a user, resolved with who and when, each change in the audit log. A
 * break's age is counted in business days of the module's calendar, from its date to today or to
 * the day it was resolved. A user sees the breaks of the branches granted to them.
 *
 * <p>Who may assign and resolve is the module's rule, checked before it calls; what a module does
 * beside a resolution (record a match, close the counterpart's break) runs in the same database
 * transaction through {@link #resolve(Actor, Break, BreakResolution, Work)} or the methods that take
 * the caller's {@link Connection}.
 */
public final class Breaks {
    private static final String ENTITY = "ReconciliationBreak";

    private final Platform platform;
    private final String source;
    private final Supplier<BusinessCalendar> calendar;
    private final ZoneId zone;

    /** What a module writes beside a resolution, in its database transaction. */
    @FunctionalInterface
    public interface Work {
        void run(Connection c) throws SQLException;
    }

    /**
     * @param source the module's name for its breaks, e.g. {@code BANKING}
     * @param calendar the business days a break ages by
     * @param zone where the module's day starts and ends
     */
    public Breaks(Platform platform, String source, Supplier<BusinessCalendar> calendar, ZoneId zone) {
        if (source == null || !source.matches("[A-Z]{1,16}")) {
            throw new IllegalArgumentException("source: must be 1 to 16 upper-case letters, was " + source);
        }
        this.platform = platform;
        this.source = source;
        this.calendar = calendar;
        this.zone = zone;
    }

    // ---------------------------------------------------------------- reading

    /** The breaks of the actor's branches, oldest first (by date, then as found). */
    public List<Break> list(Actor actor, BreakQuery query) {
        BreakQuery q = query == null ? BreakQuery.all() : query;
        StringBuilder where = new StringBuilder(" WHERE source = ?");
        List<Object> args = new ArrayList<>(List.of(source));
        if (!Sql.branchScope(actor, null, where, args)) {
            return List.of();
        }
        if (q.account() != null) {
            where.append(" AND account = ?");
            args.add(q.account());
        }
        if (q.kind() != null) {
            where.append(" AND kind = ?");
            args.add(q.kind());
        }
        if (q.status() == BreakStatus.OPEN) {
            where.append(" AND status <> 'RESOLVED'");
        } else if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status().name());
        }
        if (BreakQuery.UNASSIGNED.equals(q.owner())) {
            where.append(" AND owner IS NULL");
        } else if (q.owner() != null) {
            where.append(" AND owner = ?");
            args.add(q.owner());
        }
        BreakRows.Ages ages = ages();
        List<Break> found = Sql.query(
                platform.ledger().readers(),
                "SELECT * FROM reconciliation_breaks" + where + " ORDER BY since, id",
                rs -> BreakRows.read(rs, ages),
                args.toArray());
        return q.minAge() == null
                ? found
                : found.stream().filter(b -> b.age() >= q.minAge()).toList();
    }

    /** One page of {@link #list}; {@code page} counts from 0. */
    public Page<Break> page(Actor actor, BreakQuery query, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, was " + page);
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size: must be within 1..1000, was " + size);
        }
        List<Break> all = list(actor, query);
        long from = Math.min((long) page * size, all.size());
        int to = (int) Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, to), page, size, all.size());
    }

    /** The break, if it is one of this module's and the actor sees its branch. */
    public Optional<Break> find(Actor actor, long id) {
        return read(id).filter(b -> actor.canSee(b.branch()));
    }

    // ---------------------------------------------------------------- the lifecycle

    /**
     * Gives an open break to an enabled user to explain: it is ASSIGNED from then on.
     *
     * @param current the break as the caller found it; a change made since is refused
     */
    public Break assign(Actor actor, Break current, String owner) {
        String username = owner == null ? "" : owner.strip();
        if (username.isEmpty()) {
            throw InvalidDocumentException.of("owner", "must be given");
        }
        if (platform.users().find(username).filter(User::enabled).isEmpty()) {
            throw InvalidDocumentException.of("owner", "there is no enabled user '" + username + "'");
        }
        requireOpen(current);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", current.status().name());
        if (current.owner() != null) {
            before.put("owner", current.owner());
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "ASSIGN",
                ENTITY,
                Long.toString(current.id()),
                current.branch(),
                Json.write(before),
                Json.write(Map.of("status", BreakStatus.ASSIGNED.name(), "owner", username)));
        int changed = platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE reconciliation_breaks SET owner = ?, status = 'ASSIGNED', version = version + 1"
                                + " WHERE id = ? AND version = ? AND status <> 'RESOLVED'",
                        username,
                        current.id(),
                        current.version()));
        if (changed == 0) {
            throw changedMeanwhile(current);
        }
        return read(current.id()).orElseThrow();
    }

    /** Resolves an open break; see {@link #resolve(Actor, Break, BreakResolution, Work)}. */
    public Break resolve(Actor actor, Break current, BreakResolution resolution) {
        return resolve(actor, current, resolution, c -> {});
    }

    /**
     * Resolves an open break, keeping who and when, with what the module writes beside it in the
     * same transaction.
     *
     * @param current the break as the caller found it; a change made since is refused
     */
    public Break resolve(Actor actor, Break current, BreakResolution resolution, Work also) {
        requireOpen(current);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", BreakStatus.RESOLVED.name());
        if (resolution.code() != null) {
            after.put("resolution", resolution.code());
        }
        if (resolution.note() != null) {
            after.put("note", resolution.note());
        }
        if (resolution.resolvedWith() != null) {
            after.put("resolvedWith", resolution.resolvedWith());
        }
        AuditRecord audit = new AuditRecord(
                actor.username(),
                "RESOLVE",
                ENTITY,
                Long.toString(current.id()),
                current.branch(),
                Json.write(Map.of("status", current.status().name())),
                Json.write(after));
        long now = Micros.now(platform.clock());
        platform.change(List.of(audit), c -> {
            int changed = BreakRows.resolve(
                    c, "id = ? AND version = ?", resolution, actor.username(), now, current.id(), current.version());
            if (changed == 0) {
                throw changedMeanwhile(current);
            }
            also.run(c);
            return null;
        });
        return read(current.id()).orElseThrow();
    }

    // ---------------------------------------------------------------- in the caller's transaction

    /** Stores a difference as an OPEN break and returns its id; an item found before is the caller's to skip. */
    public long open(Connection c, NewBreak found, long now) throws SQLException {
        long id = platform.ids().next().value();
        BreakRows.insert(c, id, source, found, now);
        return id;
    }

    /** Resolves the item's break if it has an open one; 1 if it did, 0 if not. */
    public int resolveItem(Connection c, String item, BreakResolution resolution, String by, long now)
            throws SQLException {
        return BreakRows.resolve(c, "source = ? AND item = ?", resolution, by, now, source, item);
    }

    /** The items of an account's breaks, in a status (OPEN: not resolved yet) or in any when null. */
    public Set<String> items(Connection c, String account, BreakStatus status) throws SQLException {
        String filter = status == null
                ? ""
                : status == BreakStatus.OPEN ? " AND status <> 'RESOLVED'" : " AND status = '" + status.name() + "'";
        return new HashSet<>(Sql.query(
                c,
                "SELECT item FROM reconciliation_breaks WHERE source = ? AND account = ?" + filter,
                rs -> rs.getString(1),
                source,
                account));
    }

    /** Those of the items that have a break already. */
    public Set<String> existing(Connection c, Collection<String> items) throws SQLException {
        List<String> all = new ArrayList<>(items);
        Set<String> out = new HashSet<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> args = new ArrayList<>(List.of(source));
            args.addAll(chunk);
            out.addAll(Sql.query(
                    c,
                    "SELECT item FROM reconciliation_breaks WHERE source = ? AND item IN (" + Sql.marks(chunk.size())
                            + ")",
                    rs -> rs.getString(1),
                    args.toArray()));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** The module's today, in its zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(platform.clock().instant(), zone);
    }

    private Optional<Break> read(long id) {
        BreakRows.Ages ages = ages();
        return Sql.one(
                platform.ledger().readers(),
                "SELECT * FROM reconciliation_breaks WHERE id = ? AND source = ?",
                rs -> BreakRows.read(rs, ages),
                id,
                source);
    }

    private BreakRows.Ages ages() {
        LocalDate today = today();
        BusinessCalendar days = calendar.get();
        return (since, resolvedAt) -> {
            LocalDate until = resolvedAt == null ? today : LocalDate.ofInstant(resolvedAt, zone);
            return since.isAfter(until) ? 0 : days.businessDaysBetween(since, until);
        };
    }

    private static void requireOpen(Break current) {
        if (!current.open()) {
            throw new IllegalStateException("break " + current.id() + " is resolved already");
        }
    }

    private static IllegalStateException changedMeanwhile(Break current) {
        return new IllegalStateException("break " + current.id() + " changed meanwhile; look again");
    }
}
