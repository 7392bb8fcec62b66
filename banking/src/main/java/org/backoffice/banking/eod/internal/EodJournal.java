package org.backoffice.banking.eod.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backoffice.banking.eod.EodRun;
import org.backoffice.banking.eod.EodStatus;
import org.backoffice.banking.eod.EodStep;
import org.backoffice.banking.eod.EodStepResult;
import org.backoffice.platform.Platform;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * The record of end-of-day runs ({@code eod_runs}) and their steps ({@code eod_steps}): what is done,
 * and for a chunked step the last account it finished with, so that a run resumes where it stopped.
 */
public final class EodJournal {
    private final Platform platform;

    public EodJournal(Platform platform) {
        this.platform = platform;
    }

    /** Starts the run for {@code date}, or takes up an unfinished one again. */
    public void begin(LocalDate date, String username, boolean resume) {
        long now = Micros.now(platform.clock());
        AuditRecord audit = new AuditRecord(
                username,
                resume ? "RESUME" : "START",
                "EndOfDay",
                date.toString(),
                null,
                null,
                "{\"date\":\"" + date + "\"}");
        platform.change(List.of(audit), c -> {
            if (resume) {
                Sql.update(
                        c,
                        "UPDATE eod_runs SET status = ?, error = NULL, finished_at = NULL WHERE business_date = ?",
                        EodStatus.RUNNING.name(),
                        date.toString());
            } else {
                Sql.update(
                        c,
                        "INSERT INTO eod_runs (business_date, status, started_at, started_by) VALUES (?, ?, ?, ?)",
                        date.toString(),
                        EodStatus.RUNNING.name(),
                        now,
                        username);
                for (EodStep step : EodStep.values()) {
                    Sql.update(
                            c,
                            "INSERT INTO eod_steps (business_date, step, position, status, cursor_id, items, millis)"
                                    + " VALUES (?, ?, ?, ?, 0, 0, 0)",
                            date.toString(),
                            step.name(),
                            step.ordinal(),
                            EodStatus.PENDING.name());
                }
            }
            return null;
        });
    }

    public void stepStarted(LocalDate date, EodStep step) {
        platform.change(List.of(), c -> setStatus(c, date, step, EodStatus.RUNNING));
    }

    /** Moves a chunked step's cursor, in the transaction that wrote the chunk's rows. */
    public static void advance(Connection c, LocalDate date, EodStep step, long cursor, long items)
            throws SQLException {
        Sql.update(
                c,
                "UPDATE eod_steps SET cursor_id = ?, items = items + ? WHERE business_date = ? AND step = ?",
                cursor,
                items,
                date.toString(),
                step.name());
    }

    public void stepDone(LocalDate date, EodStep step, long items, long millis, String detail) {
        platform.change(
                List.of(),
                c -> Sql.update(
                        c,
                        "UPDATE eod_steps SET status = ?, items = ?, millis = millis + ?, detail = ?"
                                + " WHERE business_date = ? AND step = ?",
                        EodStatus.DONE.name(),
                        items,
                        millis,
                        detail,
                        date.toString(),
                        step.name()));
    }

    /** Adds the time a step spent before it failed, so that the timings cover every attempt. */
    public void stepFailed(LocalDate date, EodStep step, long millis) {
        platform.change(
                List.of(),
                c -> Sql.update(
                        c,
                        "UPDATE eod_steps SET status = ?, millis = millis + ? WHERE business_date = ? AND step = ?",
                        EodStatus.FAILED.name(),
                        millis,
                        date.toString(),
                        step.name()));
    }

    public void finished(LocalDate date, String username) {
        long now = Micros.now(platform.clock());
        AuditRecord audit = new AuditRecord(
                username, "COMPLETE", "EndOfDay", date.toString(), null, null, "{\"date\":\"" + date + "\"}");
        platform.change(
                List.of(audit),
                c -> Sql.update(
                        c,
                        "UPDATE eod_runs SET status = ?, finished_at = ? WHERE business_date = ?",
                        EodStatus.DONE.name(),
                        now,
                        date.toString()));
    }

    public void failed(LocalDate date, String error) {
        String message = error == null ? "failed" : error.length() > 500 ? error.substring(0, 500) : error;
        platform.change(
                List.of(),
                c -> Sql.update(
                        c,
                        "UPDATE eod_runs SET status = ?, error = ? WHERE business_date = ?",
                        EodStatus.FAILED.name(),
                        message,
                        date.toString()));
    }

    public long cursor(LocalDate date, EodStep step) {
        return Sql.count(
                platform.ledger().readers(),
                "SELECT cursor_id FROM eod_steps WHERE business_date = ? AND step = ?",
                date.toString(),
                step.name());
    }

    public long items(LocalDate date, EodStep step) {
        return Sql.count(
                platform.ledger().readers(),
                "SELECT items FROM eod_steps WHERE business_date = ? AND step = ?",
                date.toString(),
                step.name());
    }

    public Optional<EodRun> run(LocalDate date) {
        return Sql.one(
                        platform.ledger().readers(),
                        "SELECT * FROM eod_runs WHERE business_date = ?",
                        rs -> new Object[] {
                            rs.getString("status"),
                            rs.getString("started_by"),
                            rs.getLong("started_at"),
                            rs.getObject("finished_at") == null ? null : rs.getLong("finished_at"),
                            rs.getString("error")
                        },
                        date.toString())
                .map(row -> new EodRun(
                        date,
                        EodStatus.valueOf((String) row[0]),
                        (String) row[1],
                        Micros.toInstant((Long) row[2]),
                        row[3] == null ? null : Micros.toInstant((Long) row[3]),
                        (String) row[4],
                        steps(date)));
    }

    /** The latest runs first. */
    public List<EodRun> history(int limit) {
        List<String> dates = Sql.query(
                platform.ledger().readers(),
                "SELECT business_date FROM eod_runs ORDER BY business_date DESC LIMIT ?",
                rs -> rs.getString(1),
                limit);
        List<EodRun> runs = new ArrayList<>();
        for (String date : dates) {
            run(LocalDate.parse(date)).ifPresent(runs::add);
        }
        return runs;
    }

    /** The date of a run that has not finished, if there is one. */
    public Optional<LocalDate> unfinished() {
        return Sql.query(
                        platform.ledger().readers(),
                        "SELECT business_date FROM eod_runs WHERE status <> ? ORDER BY business_date LIMIT 1",
                        rs -> rs.getString(1),
                        EodStatus.DONE.name())
                .stream()
                .findFirst()
                .map(LocalDate::parse);
    }

    private List<EodStepResult> steps(LocalDate date) {
        return Sql.query(
                platform.ledger().readers(),
                "SELECT step, status, items, millis, detail FROM eod_steps WHERE business_date = ? ORDER BY position",
                rs -> new EodStepResult(
                        EodStep.valueOf(rs.getString(1)),
                        EodStatus.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5)),
                date.toString());
    }

    private static int setStatus(Connection c, LocalDate date, EodStep step, EodStatus status) throws SQLException {
        return Sql.update(
                c,
                "UPDATE eod_steps SET status = ? WHERE business_date = ? AND step = ?",
                status.name(),
                date.toString(),
                step.name());
    }
}
