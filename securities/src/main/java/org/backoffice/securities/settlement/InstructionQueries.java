package org.backoffice.securities.settlement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.backoffice.platform.Page;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.jdbc.Where;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.settlement.internal.InstructionRows;

/** Reading instructions and their events, on the ledger's readers. */
public final class InstructionQueries {
    private final DataSource readers;

    InstructionQueries(DataSource readers) {
        this.readers = readers;
    }

    public Optional<Instruction> find(long id) {
        return one("id", id);
    }

    public Optional<Instruction> findByReference(String reference) {
        return one("reference", reference);
    }

    public Optional<Instruction> findByTrade(long tradeId) {
        return one("trade_id", tradeId);
    }

    private Optional<Instruction> one(String column, Object value) {
        return Sql.one(
                readers,
                "SELECT " + InstructionRows.COLUMNS + " FROM sec_instructions WHERE " + column + " = ?",
                InstructionRows::read,
                value);
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
        return Where.scoped(actor, filter.branch())
                .equal("status", filter.status())
                .equal("isin", filter.isin())
                .equal(
                        "settlement_date",
                        filter.settlementDate() == null
                                ? null
                                : filter.settlementDate().toString())
                .equal("depo_account", filter.depoAccount())
                .page(
                        readers,
                        "sec_instructions",
                        InstructionRows.COLUMNS,
                        "id DESC",
                        InstructionRows::read,
                        filter.page(),
                        filter.size());
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
