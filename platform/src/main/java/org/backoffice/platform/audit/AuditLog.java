package org.backoffice.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/** Reads and verifies the audit log. Entries are appended only by the services that change things. */
public final class AuditLog {
    private final DataSource readers;

    public AuditLog(DataSource readers) {
        this.readers = readers;
    }

    /**
     * A page of entries, newest first. Auditors and administrators of all branches see every entry;
     * others see the entries of their branches (all branches, if granted all).
     */
    public Page<AuditEntry> list(Actor actor, String entityId, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("size: must be within 1..1000, page 0 or more");
        }
        boolean everything = actor.allBranches() && (actor.has(Role.AUDITOR) || actor.has(Role.ADMINISTRATOR));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (entityId != null && !entityId.isBlank()) {
            where.append(" AND entity_id = ?");
            args.add(entityId);
        }
        if (!everything && actor.allBranches()) {
            // Every branch, but not the entries of no branch (users, tokens, the chart).
            where.append(" AND branch IS NOT NULL");
        } else if (!everything) {
            if (actor.branches().isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            where.append(" AND branch IN (").append("?,".repeat(actor.branches().size()));
            where.setLength(where.length() - 1);
            where.append(')');
            args.addAll(actor.branches().stream().sorted().toList());
        }
        try (Connection c = readers.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(c, "SELECT COUNT(*) FROM audit_log" + where, args);
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(size);
            pageArgs.add((long) page * size);
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement select = prepare(
                            c, "SELECT * FROM audit_log" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?", pageArgs);
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(entry(rs));
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** How many entries the log holds. */
    public long size() {
        try (Connection c = readers.getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** As {@link #verify()}, for an auditor or an administrator only. */
    public AuditVerification verify(Actor actor) {
        if (!actor.has(Role.AUDITOR) && !actor.has(Role.ADMINISTRATOR)) {
            throw new SecurityException(actor.username() + " may not verify the audit log");
        }
        return verify();
    }

    /** Walks the whole chain: finds every entry that was altered, removed or inserted. */
    public AuditVerification verify() {
        return verify(checked -> {});
    }

    /**
     * As {@link #verify()}, telling {@code progress} how many entries it has checked so far after
     * each one, for a progress bar over a long chain.
     */
    public AuditVerification verify(LongConsumer progress) {
        List<String> problems = new ArrayList<>();
        long checked = 0;
        try (Connection c = readers.getConnection()) {
            long expectedSeq = 1;
            String previous = AuditChain.GENESIS;
            try (PreparedStatement select = c.prepareStatement("SELECT * FROM audit_log ORDER BY seq");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = entry(rs);
                    checked++;
                    if (entry.seq() != expectedSeq) {
                        problems.add(
                                entry.seq() > expectedSeq
                                        ? "entries " + range(expectedSeq, entry.seq() - 1) + " are missing (removed)"
                                        : "entry " + entry.seq() + " is out of order");
                    }
                    if (!entry.previousHash().equals(previous)) {
                        problems.add("entry " + entry.seq() + " does not follow the entry before it (chain broken)");
                    }
                    String recomputed =
                            AuditChain.hash(entry.previousHash(), entry.seq(), micros(entry.at()), record(entry));
                    if (!recomputed.equals(entry.hash())) {
                        problems.add("entry " + entry.seq() + " was altered: its content does not match its hash");
                    }
                    previous = entry.hash();
                    expectedSeq = entry.seq() + 1;
                    progress.accept(checked);
                }
            }
            try (PreparedStatement head = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                    ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    problems.add("the chain's head is missing");
                } else if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(previous)) {
                    problems.add("the chain's head names entry " + rs.getLong(1) + " but the log ends at entry "
                            + (expectedSeq - 1) + " (entries removed at the end, or the head altered)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit log: " + e.getMessage(), e);
        }
        return new AuditVerification(checked, problems);
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + ".." + to;
    }

    private static AuditRecord record(AuditEntry e) {
        return new AuditRecord(e.actor(), e.action(), e.entityType(), e.entityId(), e.branch(), e.before(), e.after());
    }

    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long micros = rs.getLong("at_micros");
        return new AuditEntry(
                rs.getLong("seq"),
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("branch"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }
}
