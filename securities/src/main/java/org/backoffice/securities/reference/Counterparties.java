package org.backoffice.securities.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.ledger.TransactionIds;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.internal.Rows;

/** Counterparties and their standing settlement instructions per market. */
public final class Counterparties {
    private static final String SELECT = "SELECT lei, bic, name FROM sec_counterparties";
    private static final String SSI_COLUMNS =
            "id, counterparty, market, place, agent_bic, agent_account, cash_account, valid_from";

    private final Platform platform;
    private final Markets markets;
    private final TransactionIds ids;
    private final ReadThrough<String, Counterparty> cache = new ReadThrough<>(this::load);
    private final Map<String, List<StandingInstruction>> ssis = new ConcurrentHashMap<>();
    // Instructions are never changed once recorded: a new one supersedes from its date.
    private final ReadThrough<Long, StandingInstruction> ssiById = new ReadThrough<>(this::loadInstruction);

    public Counterparties(Platform platform, Markets markets) {
        this.platform = platform;
        this.markets = markets;
        this.ids = platform.ids();
    }

    public Counterparty add(Actor actor, Counterparty counterparty) {
        Clerks.require(platform, actor);
        if (find(counterparty.lei()).isPresent()) {
            throw InvalidDocumentException.of("lei", "counterparty " + counterparty.lei() + " exists already");
        }
        Clerks.created(
                platform,
                actor,
                "Counterparty",
                counterparty.lei(),
                "{\"bic\":\"" + counterparty.bic() + "\",\"name\":" + Rows.quoted(counterparty.name()) + "}",
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_counterparties (lei, bic, name, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                        counterparty.lei(),
                        counterparty.bic(),
                        counterparty.name(),
                        Micros.now(platform.clock()),
                        actor.username()));
        return counterparty;
    }

    public Optional<Counterparty> find(String lei) {
        return cache.find(lei);
    }

    private Optional<Counterparty> load(String lei) {
        return Sql.one(platform.ledger().readers(), SELECT + " WHERE lei = ?", Counterparties::read, lei);
    }

    /** The counterparty whose BIC this is, for messages that name a party by BIC only. */
    public Optional<Counterparty> byBic(String bic) {
        return Sql.one(platform.ledger().readers(), SELECT + " WHERE bic = ? ORDER BY lei", Counterparties::read, bic);
    }

    public List<Counterparty> list() {
        return Sql.query(platform.ledger().readers(), SELECT + " ORDER BY name", Counterparties::read);
    }

    /** Records a standing settlement instruction; the id given is ignored and a new one assigned. */
    public StandingInstruction addInstruction(Actor actor, StandingInstruction ssi) {
        Clerks.require(platform, actor);
        if (find(ssi.counterparty()).isEmpty()) {
            throw InvalidDocumentException.of("counterparty", "no such counterparty: '" + ssi.counterparty() + "'");
        }
        if (markets.find(ssi.market()).isEmpty()) {
            throw InvalidDocumentException.of("market", "no such market: '" + ssi.market() + "'");
        }
        boolean clash = instructions(ssi.counterparty()).stream()
                .anyMatch(s -> s.market().equals(ssi.market()) && s.validFrom().equals(ssi.validFrom()));
        if (clash) {
            throw InvalidDocumentException.of(
                    "validFrom", "an instruction for " + ssi.market() + " from " + ssi.validFrom() + " exists already");
        }
        long id = ids.next().value();
        StandingInstruction saved = ssi.withId(id);
        Clerks.created(
                platform,
                actor,
                "StandingInstruction",
                Long.toString(id),
                "{\"counterparty\":\"" + ssi.counterparty() + "\",\"market\":\"" + ssi.market() + "\",\"agent\":\""
                        + ssi.agentBic() + "\"}",
                c -> Sql.update(
                        c,
                        "INSERT INTO sec_ssis (" + SSI_COLUMNS + ", created_at, created_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        saved.counterparty(),
                        saved.market(),
                        saved.place(),
                        saved.agentBic(),
                        saved.agentAccount(),
                        saved.cashAccount(),
                        saved.validFrom().toString(),
                        Micros.now(platform.clock()),
                        actor.username()));
        ssis.remove(ssi.counterparty());
        return saved;
    }

    /** Every standing instruction of the counterparty, the newest first. */
    public List<StandingInstruction> instructions(String lei) {
        return ssis.computeIfAbsent(
                lei,
                key -> Sql.query(
                        platform.ledger().readers(),
                        "SELECT " + SSI_COLUMNS + " FROM sec_ssis WHERE counterparty = ? ORDER BY valid_from DESC",
                        Counterparties::readSsi,
                        key));
    }

    /** The instruction in force for the counterparty on the market at the date, if there is one. */
    public Optional<StandingInstruction> instruction(String lei, String market, LocalDate on) {
        if (lei == null || market == null || on == null) {
            return Optional.empty();
        }
        return instructions(lei).stream()
                .filter(s -> s.market().equals(market) && !s.validFrom().isAfter(on))
                .findFirst();
    }

    public Optional<StandingInstruction> instructionById(long id) {
        return ssiById.find(id);
    }

    private Optional<StandingInstruction> loadInstruction(Long id) {
        return Sql.one(
                platform.ledger().readers(),
                "SELECT " + SSI_COLUMNS + " FROM sec_ssis WHERE id = ?",
                Counterparties::readSsi,
                id);
    }

    private static Counterparty read(ResultSet rs) throws SQLException {
        return new Counterparty(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    private static StandingInstruction readSsi(ResultSet rs) throws SQLException {
        return new StandingInstruction(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                LocalDate.parse(rs.getString(8)));
    }
}
