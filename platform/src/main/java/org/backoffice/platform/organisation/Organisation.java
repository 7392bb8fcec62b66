package org.backoffice.platform.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.internal.Json;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.Role;

/**
 * Reference data: legal entities, branches, departments, parties, business calendars and the
 * chart of accounts. Administrators change it; every change is audited.
 */
public final class Organisation {
    /** The table of each kind of reference data kept by code. */
    private static final Map<String, String> TABLES = Map.of(
            "LegalEntity", "legal_entities",
            "Branch", "branches",
            "Department", "departments",
            "Party", "parties",
            "ChartAccount", "chart_accounts");

    private final Ledger ledger;
    private final DataSource readers;
    private final AuditChain audit;
    private final Clock clock;

    public Organisation(Ledger ledger, AuditChain audit, Clock clock) {
        this.ledger = ledger;
        this.readers = ledger.readers();
        this.audit = audit;
        this.clock = clock;
    }

    public void add(Actor actor, LegalEntity entity) {
        insert(
                actor,
                "LegalEntity",
                entity.code(),
                null,
                entity,
                "INSERT INTO legal_entities (code, name, country) VALUES (?, ?, ?)",
                entity.code(),
                entity.name(),
                entity.country());
    }

    public void add(Actor actor, Branch branch) {
        requireLegalEntity(branch.legalEntity());
        insert(
                actor,
                "Branch",
                branch.code(),
                branch.code(),
                branch,
                "INSERT INTO branches (code, name, legal_entity, head_office) VALUES (?, ?, ?, ?)",
                branch.code(),
                branch.name(),
                branch.legalEntity(),
                branch.headOffice());
    }

    public void add(Actor actor, Department department) {
        requireBranch(department.branch());
        insert(
                actor,
                "Department",
                department.code(),
                department.branch(),
                department,
                "INSERT INTO departments (code, branch, name) VALUES (?, ?, ?)",
                department.code(),
                department.branch(),
                department.name());
    }

    public void add(Actor actor, Party party) {
        requireBranch(party.branch());
        insert(
                actor,
                "Party",
                party.code(),
                party.branch(),
                party,
                "INSERT INTO parties (code, kind, name, tax_id, branch) VALUES (?, ?, ?, ?, ?)",
                party.code(),
                party.kind().name(),
                party.name(),
                party.taxId(),
                party.branch());
    }

    public void add(Actor actor, ChartAccount account) {
        insert(
                actor,
                "ChartAccount",
                account.code(),
                null,
                account,
                "INSERT INTO chart_accounts (code, name, kind, normal_side) VALUES (?, ?, ?, ?)",
                account.code(),
                account.name(),
                account.kind().name(),
                account.kind().normalSide().name());
    }

    public void add(Actor actor, BusinessCalendar calendar) {
        requireAdministrator(actor);
        if (exists("SELECT COUNT(*) FROM calendars WHERE code = ?", calendar.code())) {
            throw new IllegalStateException("code: calendar " + calendar.code() + " exists already");
        }
        long now = Micros.now(clock);
        ledger.change(c -> {
            Sql.update(c, "INSERT INTO calendars (code, name) VALUES (?, ?)", calendar.code(), calendar.name());
            for (Map.Entry<LocalDate, String> holiday : new TreeMap<>(calendar.holidays()).entrySet()) {
                Sql.update(
                        c,
                        "INSERT INTO calendar_holidays (calendar, day, name) VALUES (?, ?, ?)",
                        calendar.code(),
                        holiday.getKey().toString(),
                        holiday.getValue());
            }
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(
                            actor.username(),
                            "CREATE",
                            "Calendar",
                            calendar.code(),
                            null,
                            null,
                            Json.write(calendar))));
            return null;
        });
    }

    public List<Branch> branches() {
        return Sql.query(
                readers,
                "SELECT code, name, legal_entity, head_office FROM branches ORDER BY code",
                rs -> new Branch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    public Optional<Branch> branch(String code) {
        return branches().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public List<LegalEntity> legalEntities() {
        return Sql.query(
                readers,
                "SELECT code, name, country FROM legal_entities ORDER BY code",
                rs -> new LegalEntity(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public List<Department> departments() {
        return Sql.query(
                readers,
                "SELECT code, branch, name FROM departments ORDER BY code",
                rs -> new Department(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public List<Party> parties(Actor actor) {
        return Sql.query(
                        readers,
                        "SELECT code, kind, name, tax_id, branch FROM parties ORDER BY code",
                        rs -> new Party(
                                rs.getString(1),
                                Party.Kind.valueOf(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)))
                .stream()
                .filter(p -> actor.canSee(p.branch()))
                .toList();
    }

    public List<ChartAccount> chart() {
        return Sql.query(
                readers,
                "SELECT code, name, kind FROM chart_accounts ORDER BY code",
                rs -> new ChartAccount(rs.getString(1), rs.getString(2), ChartAccount.Kind.valueOf(rs.getString(3))));
    }

    public Optional<BusinessCalendar> calendar(String code) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Sql.query(
                        readers,
                        "SELECT day, name FROM calendar_holidays WHERE calendar = ?",
                        rs -> Map.entry(LocalDate.parse(rs.getString(1)), rs.getString(2)),
                        code)
                .forEach(e -> holidays.put(e.getKey(), e.getValue()));
        return Sql.one(readers, "SELECT name FROM calendars WHERE code = ?", rs -> rs.getString(1), code)
                .map(name -> new BusinessCalendar(code, name, holidays));
    }

    private void insert(
            Actor actor, String entityType, String code, String branch, Object value, String sql, Object... args) {
        requireAdministrator(actor);
        long now = Micros.now(clock);
        String table = TABLES.get(entityType);
        if (exists("SELECT COUNT(*) FROM " + table + " WHERE code = ?", code)) {
            throw new IllegalStateException("code: " + entityType + " " + code + " exists already");
        }
        ledger.change(c -> {
            Sql.update(c, sql, args);
            audit.append(
                    c,
                    now,
                    List.of(new AuditRecord(
                            actor.username(), "CREATE", entityType, code, branch, null, Json.write(value))));
            return null;
        });
    }

    private void requireLegalEntity(String code) {
        if (!exists("SELECT COUNT(*) FROM legal_entities WHERE code = ?", code)) {
            throw new IllegalArgumentException("legalEntity: '" + code + "' does not exist");
        }
    }

    private void requireBranch(String code) {
        if (!exists("SELECT COUNT(*) FROM branches WHERE code = ?", code)) {
            throw new IllegalArgumentException("branch: '" + code + "' does not exist");
        }
    }

    private boolean exists(String sql, Object... args) {
        return Sql.count(readers, sql, args) > 0;
    }

    private static void requireAdministrator(Actor actor) {
        actor.requireRole(Role.ADMINISTRATOR);
    }
}
