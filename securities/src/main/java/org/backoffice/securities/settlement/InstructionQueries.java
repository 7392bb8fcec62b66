package org.backoffice.securities.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.settlement.internal.InstructionRows;

/** Reading instructions and their events, on the ledger's readers. */
public final class InstructionQueries {
    private final DataSource readers;

    InstructionQueries(DataSource readers) {
        this.readers = readers;
    }

    public Optional<Instruction> find(long id) {
        return Sql.one(
                readers,
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE id = ?",
                InstructionRows::read,
                id);
    }

    public Optional<Instruction> findByReference(String reference) {
        return Sql.one(
                readers,
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE reference = ?",
                InstructionRows::read,
                reference);
    }

    public Optional<Instruction> findByTrade(long tradeId) {
        return Sql.one(
                readers,
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE trade_id = ?",
                InstructionRows::read,
                tradeId);
    }

    /** The instruction, if the actor may see its branch; else as if it did not exist. */
    public Instruction visible(Actor actor, long id) {
        return find(id).filter(in -> actor.canSee(in.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("instructionId", "no instruction " + id));
    }

    /** The instruction a message names, if the actor may see its branch. */
    Instruction byReference(Actor actor, String reference) {
        return findByReference(reference)
                .filter(in -> actor.canSee(in.branch()))
                .orElseThrow(() -> InvalidDocumentException.of("reference", "no instruction " + reference));
    }

    /** The instructions of these references, by reference; those not found are absent. */
    Map<String, Instruction> byReferences(List<String> references) {
        Map<String, Instruction> found = new HashMap<>();
        List<String> distinct =
                references.stream().filter(r -> r != null).distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + 500));
            Sql.query(
                            readers,
                            "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE reference IN ("
                                    + Sql.marks(part.size()) + ")",
                            InstructionRows::read,
                            part.toArray())
                    .forEach(in -> found.put(in.reference(), in));
        }
        return found;
    }

    /** Which of these message keys were applied already. */
    java.util.Set<String> appliedKeys(List<String> keys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            List<String> part = distinct.subList(from, Math.min(distinct.size(), from + 500));
            found.addAll(Sql.query(
                    readers,
                    "SELECT message_key FROM sec_instruction_messages WHERE message_key IN (" + Sql.marks(part.size())
                            + ")",
                    rs -> rs.getString(1),
                    part.toArray()));
        }
        return found;
    }

    public Page<Instruction> list(Actor actor, InstructionFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!Sql.branchScope(actor, filter.branch(), where, args)) {
            return new Page<>(List.of(), filter.page(), filter.size(), 0);
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.isin() != null) {
            where.append(" AND isin = ?");
            args.add(filter.isin());
        }
        if (filter.settlementDate() != null) {
            where.append(" AND settlement_date = ?");
            args.add(filter.settlementDate().toString());
        }
        if (filter.depoAccount() != null) {
            where.append(" AND depo_account = ?");
            args.add(filter.depoAccount());
        }
        long total = Sql.count(readers, "SELECT COUNT(*) FROM sec_instructions" + where, args.toArray());
        args.add(filter.size());
        args.add((long) filter.page() * filter.size());
        List<Instruction> rows = Sql.query(
                readers,
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?",
                InstructionRows::read,
                args.toArray());
        return new Page<>(rows, filter.page(), filter.size(), total);
    }

    /** The instruction's status events, the first first. */
    public List<InstructionEvent> events(Actor actor, long instructionId) {
        Instruction in = visible(actor, instructionId);
        return Sql.query(
                readers,
                "SELECT " + InstructionRows.EVENT_COLUMNS
                        + " FROM sec_instruction_events WHERE instruction_id = ? ORDER BY id",
                InstructionRows::readEvent,
                in.id());
    }
}
