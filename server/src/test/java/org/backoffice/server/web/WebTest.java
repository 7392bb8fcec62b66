package org.backoffice.server.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.backoffice.ledger.Side;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.NewDocument;
import org.backoffice.platform.journal.JournalLine;
import org.backoffice.platform.journal.JournalVoucher;
import org.backoffice.platform.journal.JournalVoucherKind;
import org.backoffice.server.ServerTest;

/**
 * Web tests over real HTTP against the server with the demo organisation. Each demo user signs in once per run
 * and keeps the session: the sign-in throttle allows a user only a few sign-ins a minute.
 */
public abstract class WebTest extends ServerTest {
    public static final String PASSWORD = "demo";
    private static final Map<String, PageClient> SESSIONS = new ConcurrentHashMap<>();

    /** A signed-in session of a demo user, shared by the tests. */
    public PageClient as(String username) {
        return SESSIONS.computeIfAbsent(port + "/" + username, key -> new PageClient(port).signIn(username, PASSWORD));
    }

    public PageClient anonymous() {
        return new PageClient(port);
    }

    public LocalDate today() {
        return LocalDate.now(platform.clock());
    }

    /** A voucher made through the platform, debiting one account and crediting another. */
    public Document voucher(
            String maker, String branch, String narrative, String debit, String credit, String amount, boolean submit) {
        long units = Amount.parse(
                        "amount", amount, platform.accounts().asset("USD").orElseThrow())
                .units();
        JournalVoucher body = new JournalVoucher(
                "USD",
                narrative,
                List.of(new JournalLine(debit, Side.DEBIT, units), new JournalLine(credit, Side.CREDIT, units)));
        return platform.documents()
                .create(
                        users.actor(maker),
                        new NewDocument(JournalVoucherKind.TYPE, branch, today(), body),
                        submit,
                        null)
                .document();
    }

    public Document reload(Document document) {
        return platform.documents().find(users.actor("admin"), document.id()).orElseThrow();
    }

    public static String unique(String text) {
        return text + " " + Long.toString(System.nanoTime(), 36);
    }
}
