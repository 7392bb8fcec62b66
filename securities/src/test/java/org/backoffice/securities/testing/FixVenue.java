package org.backoffice.securities.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.backoffice.securities.message.FixFill;
import org.backoffice.securities.message.FixLogWriter;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.fix44.ExecutionReport;

/**
 * A venue's side of a FIX 4.4 drop-copy session: a real QuickFIX/J initiator that logs on to an
 * acceptor on 127.0.0.1 and sends fills as ExecutionReports.
 */
public final class FixVenue implements AutoCloseable {
    private final SessionID session;
    private final SocketInitiator initiator;
    private final DataDictionary dictionary;
    private final FixLogWriter writer;

    private FixVenue(SessionID session, SocketInitiator initiator) throws ConfigError {
        this.session = session;
        this.initiator = initiator;
        this.dictionary = new DataDictionary("FIX44.xml");
        this.writer = new FixLogWriter(new StringWriter(), session.getSenderCompID(), session.getTargetCompID(), false);
    }

    /** Connects as {@code venue} to the acceptor {@code us} listening on the port, and waits for the logon. */
    public static FixVenue connect(int port, String venue, String us) throws Exception {
        SessionID id = new SessionID("FIX.4.4", venue, us);
        SessionSettings settings = new SessionSettings();
        settings.setString(id, "ConnectionType", "initiator");
        settings.setString(id, "SocketConnectHost", "127.0.0.1");
        settings.setLong(id, "SocketConnectPort", port);
        settings.setString(id, "StartTime", "00:00:00");
        settings.setString(id, "EndTime", "00:00:00");
        settings.setLong(id, "HeartBtInt", 30);
        settings.setLong(id, "ReconnectInterval", 1);
        settings.setString(id, "UseDataDictionary", "Y");
        settings.setString(id, "DataDictionary", "FIX44.xml");
        settings.setString(id, "ScreenLogShowIncoming", "N");
        settings.setString(id, "ScreenLogShowOutgoing", "N");
        SocketInitiator initiator = new SocketInitiator(
                new Quiet(),
                new MemoryStoreFactory(),
                settings,
                new ScreenLogFactory(settings),
                new DefaultMessageFactory());
        initiator.start();
        FixVenue connected = new FixVenue(id, initiator);
        connected.awaitLogon();
        return connected;
    }

    public SessionID session() {
        return session;
    }

    public DataDictionary dictionary() {
        return dictionary;
    }

    /** The fill as the ExecutionReport the venue sends. */
    public ExecutionReport report(FixFill fill) throws Exception {
        ExecutionReport report = new ExecutionReport();
        report.fromString(writer.message(fill), dictionary, true);
        return report;
    }

    public boolean send(Message message) throws Exception {
        return Session.sendToTarget(message, session);
    }

    public boolean send(FixFill fill) throws Exception {
        return send(report(fill));
    }

    private void awaitLogon() throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Session s = Session.lookupSession(session);
            if (s != null && s.isLoggedOn()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the venue did not log on to the drop-copy acceptor");
    }

    /** A port nobody listens on yet. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        initiator.stop(true);
    }

    private static final class Quiet implements Application {
        @Override
        public void onCreate(SessionID id) {}

        @Override
        public void onLogon(SessionID id) {}

        @Override
        public void onLogout(SessionID id) {}

        @Override
        public void toAdmin(Message message, SessionID id) {}

        @Override
        public void fromAdmin(Message message, SessionID id) {}

        @Override
        public void toApp(Message message, SessionID id) {}

        @Override
        public void fromApp(Message message, SessionID id) {}
    }
}
