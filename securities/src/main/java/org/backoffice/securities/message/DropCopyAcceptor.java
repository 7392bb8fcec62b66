package org.backoffice.securities.message;

import java.util.Objects;
import java.util.function.Consumer;
import org.backoffice.platform.message.MessageFormatException;
import org.backoffice.securities.message.internal.Checks;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.RuntimeError;
import quickfix.SLF4JLogFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;

/**
 * A live FIX 4.4 drop-copy session: a QuickFIX/J acceptor on 127.0.0.1 and a port, with an
 * in-memory message store, that hands every fill it receives to one callback and every message it
 * cannot read to another (the raw text with SOH shown as '|', and the reason). Messages that are no
 * fill are ignored. The session runs all day (00:00-00:00 UTC); sequence numbers start at 1 on each
 * {@link #start()}. Callbacks run on QuickFIX/J's thread: keep them short.
 */
public final class DropCopyAcceptor implements AutoCloseable {
    private final SessionSettings settings;
    private final SessionID sessionId;
    private final Consumer<FixFill> fills;
    private final FailureHandler failures;
    private SocketAcceptor acceptor;

    /** Receives what could not be read. */
    @FunctionalInterface
    public interface FailureHandler {
        void failed(String rawMessage, String reason);
    }

    /**
     * @param senderCompId our comp id (the acceptor's SenderCompID)
     * @param targetCompId the broker's or venue's comp id
     */
    public DropCopyAcceptor(
            int port, String senderCompId, String targetCompId, Consumer<FixFill> fills, FailureHandler failures) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: must be 1-65535, was " + port);
        }
        this.fills = Objects.requireNonNull(fills, "fills");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.sessionId = new SessionID(
                "FIX.4.4",
                Checks.text("senderCompId", senderCompId, 64),
                Checks.text("targetCompId", targetCompId, 64));
        settings = new SessionSettings();
        settings.setString(sessionId, "ConnectionType", "acceptor");
        settings.setString(sessionId, "SocketAcceptAddress", "127.0.0.1");
        settings.setLong(sessionId, "SocketAcceptPort", port);
        settings.setString(sessionId, "StartTime", "00:00:00");
        settings.setString(sessionId, "EndTime", "00:00:00");
        settings.setString(sessionId, "UseDataDictionary", "Y");
        settings.setString(sessionId, "DataDictionary", "FIX44.xml");
        // A drop copy is read, not policed: a venue's extra fields must not get a fill rejected.
        settings.setString(sessionId, "ValidateUserDefinedFields", "N");
        settings.setString(sessionId, "AllowUnknownMsgFields", "Y");
        settings.setString(sessionId, "ValidateIncomingMessage", "N");
    }

    /** Starts listening. */
    public synchronized void start() {
        if (acceptor != null) {
            throw new IllegalStateException("the drop-copy acceptor is already started");
        }
        try {
            SocketAcceptor started = new SocketAcceptor(
                    new Receiver(),
                    new MemoryStoreFactory(),
                    settings,
                    new SLF4JLogFactory(settings),
                    new DefaultMessageFactory());
            started.start();
            acceptor = started;
        } catch (ConfigError | RuntimeError e) {
            throw new IllegalStateException("FIX acceptor " + sessionId + ": cannot start: " + e.getMessage(), e);
        }
    }

    public SessionID sessionId() {
        return sessionId;
    }

    /** Logs the session out and stops listening. */
    @Override
    public synchronized void close() {
        if (acceptor != null) {
            acceptor.stop();
            acceptor = null;
        }
    }

    private final class Receiver implements Application {
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
        public void fromApp(Message message, SessionID id) {
            // toString() rebuilds BodyLength and CheckSum, so the text is one the reader accepts.
            String raw = message.toString();
            try {
                FixDropCopy.parse(raw).ifPresent(fills);
            } catch (MessageFormatException e) {
                failures.failed(raw.replace('\u0001', '|'), e.getMessage());
            }
        }
    }
}
