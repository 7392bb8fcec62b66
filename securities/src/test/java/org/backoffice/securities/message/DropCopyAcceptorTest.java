package org.backoffice.securities.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.backoffice.securities.testing.FixVenue;
import org.junit.jupiter.api.Test;
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
        int port = FixVenue.freePort();
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
            try (FixVenue venue = FixVenue.connect(port, "BROKER", "BACKOFFICE")) {
                for (FixFill fill : sent) {
                    assertThat(venue.send(fill)).isTrue();
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
                venue.send(ack);
                // A trade without a price is reported as a failure.
                ExecutionReport broken = venue.report(MessageFixture.fill(9));
                broken.removeField(31);
                venue.send(broken);

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
            }
        }
    }
}
