package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import quickfix.Application;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.AvgPx;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LeavesQty;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.fix44.ExecutionReport;

class DropCopyAcceptorTest {
    @Test
    void fillsSentByARealInitiatorOverLoopbackArrive() throws Exception {
        int port = freePort();
        BlockingQueue<FixFill> fills = new LinkedBlockingQueue<>();
        List<String> failures = new ArrayList<>();
        List<FixFill> sent = List.of(
                MessageFixture.fill(1),
                MessageFixture.fill(2),
                MessageFixture.cancelOf(MessageFixture.fill(1)),
                MessageFixture.fill(3));
        try (DropCopyAcceptor acceptor =
                new DropCopyAcceptor(port, "BACKOFFICE", "BROKER", fills::add, (raw, reason) -> {
                    synchronized (failures) {
                        failures.add(reason);
                    }
                })) {
            acceptor.start();
            SessionID initiatorSession = new SessionID("FIX.4.4", "BROKER", "BACKOFFICE");
            SocketInitiator initiator = initiator(initiatorSession, port);
            initiator.start();
            try {
                awaitLogon(initiatorSession);
                DataDictionary dictionary = new DataDictionary("FIX44.xml");
                FixLogWriter writer = new FixLogWriter(new StringWriter(), "BROKER", "BACKOFFICE", false);
                for (FixFill fill : sent) {
                    ExecutionReport report = new ExecutionReport();
                    report.fromString(writer.message(fill), dictionary, true);
                    assertThat(Session.sendToTarget(report, initiatorSession)).isTrue();
                }
                // An order acknowledgement (ExecType 0 New) is no fill and must not arrive.
                ExecutionReport ack = new ExecutionReport(
                        new OrderID("O-ACK"),
                        new ExecID("E-ACK"),
                        new ExecType(ExecType.NEW),
                        new OrdStatus(OrdStatus.NEW),
                        new Side(Side.BUY),
                        new LeavesQty(10),
                        new CumQty(0),
                        new AvgPx(0));
                ack.set(new Symbol("AAPL"));
                Session.sendToTarget(ack, initiatorSession);
                // A trade without a price is reported as a failure.
                ExecutionReport broken = new ExecutionReport();
                broken.fromString(writer.message(MessageFixture.fill(9)), dictionary, true);
                broken.removeField(31);
                Session.sendToTarget(broken, initiatorSession);

                List<FixFill> received = new ArrayList<>();
                for (int i = 0; i < sent.size(); i++) {
                    FixFill fill = fills.poll(20, TimeUnit.SECONDS);
                    assertThat(fill).as("fill %d of %d", i + 1, sent.size()).isNotNull();
                    received.add(fill);
                }
                assertThat(received).containsExactlyElementsOf(sent);
                for (int i = 0; i < 200 && failures.isEmpty(); i++) {
                    Thread.sleep(50);
                }
                synchronized (failures) {
                    assertThat(failures).containsExactly("tag 31 LastPx: must be given");
                }
                assertThat(fills).isEmpty();
            } finally {
                initiator.stop(true);
            }
        }
    }

    private static SocketInitiator initiator(SessionID id, int port) throws Exception {
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
        return new SocketInitiator(
                new Quiet(),
                new MemoryStoreFactory(),
                settings,
                new ScreenLogFactory(settings),
                new DefaultMessageFactory());
    }

    private static void awaitLogon(SessionID id) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            Session session = Session.lookupSession(id);
            if (session != null && session.isLoggedOn()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the initiator did not log on to the drop-copy acceptor");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
