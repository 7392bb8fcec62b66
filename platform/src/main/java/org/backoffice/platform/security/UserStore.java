package org.backoffice.platform.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.backoffice.ledger.Ledger;
import org.backoffice.platform.audit.AuditChain;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.jdbc.Micros;
import org.backoffice.platform.jdbc.Sql;

/**
 * What the parts of {@link Users} share: reading a user through the directory, and writing a change to users or
 * tokens with its audit record in one database transaction.
 */
final class UserStore {
    interface Work {
        void run(Connection c) throws SQLException;
    }

    private final UserDirectory directory;
    private final Ledger ledger;
    private final AuditChain audit;
    private final Clock clock;

    UserStore(UserDirectory directory, Ledger ledger, AuditChain audit, Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    UserDirectory directory() {
        return directory;
    }

    Clock clock() {
        return clock;
    }

    /** Runs the work and appends the record at {@code now}; a null record audits nothing. */
    void write(long now, Work work, AuditRecord record) {
        ledger.change(c -> {
            work.run(c);
            if (record != null) {
                audit.append(c, now, List.of(record));
            }
            return null;
        });
    }

    /** One statement on a user's row, audited as the action with no before or after. */
    void update(String actor, String username, String action, String sql, Object... args) {
        write(
                Micros.now(clock),
                c -> Sql.update(c, sql, args),
                new AuditRecord(actor, action, "User", username, null, null, null));
    }
}
