package org.backoffice.securities.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.backoffice.ledger.Outcome;
import org.backoffice.ledger.TransactionId;
import org.backoffice.ledger.TransactionRequest;
import org.backoffice.platform.audit.AuditRecord;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.operation.OperationKind;
import org.backoffice.platform.security.Action;
import org.backoffice.platform.security.Role;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.junit.jupiter.api.Test;

/** Trades on the platform's one path: capture as an operation, versions as documents. */
class TradeOnePathTest extends BrokerTest {
    TradeBook book;

    @Override
    protected void prepare() {
        book = broker.securities().trades();
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "10000000.00");
    }

    private Trade captured(NewTrade ticket) {
        CaptureOutcome outcome = book.capture(broker.actor("operator.ho"), TradeSource.MANUAL, ticket);
        assertThat(outcome.kind()).isEqualTo(CaptureOutcome.Kind.CAPTURED);
        return outcome.trade();
    }

    @Test
    void anAmendmentIsADocumentThatItsMakerCannotApprove() {
        Trade trade = captured(broker.buy(SecuritiesFixture.CLIENT, 10, "10"));
        NewTrade more = broker.buy(SecuritiesFixture.CLIENT, 20, "10").withTradeRef(trade.tradeRef());

        TradeVersion proposal = book.proposeAmendment(broker.actor("operator.ho"), trade.id(), more, "quantity");

        assertThat(proposal.state()).isEqualTo(TradeVersion.State.PROPOSED);
        assertThat(broker.rows(
                        "SELECT COUNT(*) FROM documents WHERE type = ? AND status = ? AND number LIKE 'TA-%'",
                        TradeAmendmentKind.TYPE, DocumentStatus.SUBMITTED.name()))
                .isEqualTo(1);
        assertThatThrownBy(() -> book.approve(broker.actor("operator.ho"), trade.id(), proposal.version()))
                .isInstanceOf(SecurityException.class);
        // An administrator is no checker either: approving is a controller's.
        assertThatThrownBy(() -> book.approve(broker.actor("admin"), trade.id(), proposal.version()))
                .isInstanceOf(SecurityException.class);
        // A controller of another branch does not see the trade.
        assertThatThrownBy(() -> book.approve(broker.actor("controller.b1"), trade.id(), proposal.version()))
                .hasMessageContaining("trade: no such trade");
        assertThat(book.find(trade.id()).orElseThrow().quantity()).isEqualTo(10);

        Trade amended = book.approve(broker.actor("controller.ho"), trade.id(), proposal.version());

        assertThat(amended.quantity()).isEqualTo(20);
        assertThat(amended.version()).isEqualTo(2);
        assertThat(broker.rows(
                        "SELECT COUNT(*) FROM sec_trade_versions v JOIN documents d ON d.id = v.document_id"
                                + " WHERE v.trade_id = ? AND v.state = 'CURRENT' AND d.status = 'POSTED'",
                        trade.id()))
                .isEqualTo(1);
        assertThat(broker.platform().consistency().run().rules())
                .filteredOn(r -> r.name().contains("trade"))
                .isNotEmpty()
                .allMatch(r -> r.violations() == 0);
    }

    @Test
    void aCancellationApprovedFromThePlatformsInboxCancelsTheTrade() {
        Trade trade = captured(broker.buy(SecuritiesFixture.CLIENT, 10, "10"));
        book.proposeCancellation(broker.actor("operator.ho"), trade.id(), "client withdrew");

        // The fixture's own vouchers wait in the same inbox.
        var waiting =
                broker.platform().documents().awaitingApproval(broker.actor("controller.ho"), 0, 100).items().stream()
                        .filter(d -> d.type().equals(TradeCancellationKind.TYPE))
                        .toList();
        assertThat(waiting).hasSize(1);
        broker.platform()
                .documents()
                .approve(broker.actor("controller.ho"), waiting.get(0).id(), "agreed");

        assertThat(book.find(trade.id()).orElseThrow().status()).isEqualTo(TradeStatus.CANCELLED);
        assertThat(book.versions(broker.actor("auditor"), trade.id()))
                .extracting(TradeVersion::action, TradeVersion::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TradeVersion.Action.CAPTURE, TradeVersion.State.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(TradeVersion.Action.CANCEL, TradeVersion.State.CURRENT));
    }

    @Test
    void aRejectedAmendmentChangesNothing() {
        Trade trade = captured(broker.buy(SecuritiesFixture.CLIENT, 10, "10"));
        NewTrade more = broker.buy(SecuritiesFixture.CLIENT, 30, "11").withTradeRef(trade.tradeRef());
        TradeVersion proposal = book.proposeAmendment(broker.actor("operator.ho"), trade.id(), more, "quantity");

        assertThatThrownBy(() -> book.reject(broker.actor("controller.ho"), trade.id(), proposal.version(), " "))
                .hasMessage("reason: must be given for a rejection");
        TradeVersion rejected =
                book.reject(broker.actor("controller.ho"), trade.id(), proposal.version(), "the client said 10");

        assertThat(rejected.state()).isEqualTo(TradeVersion.State.REJECTED);
        assertThat(rejected.checkedBy()).isEqualTo("controller.ho");
        assertThat(book.find(trade.id()).orElseThrow()).isEqualTo(trade);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trade_versions WHERE trade_id = ?", trade.id()))
                .isZero();
        assertThat(book.versions(broker.actor("auditor"), trade.id()))
                .extracting(TradeVersion::state)
                .containsExactly(TradeVersion.State.CURRENT, TradeVersion.State.REJECTED);
        assertThatThrownBy(() -> book.approve(broker.actor("controller.ho"), trade.id(), proposal.version()))
                .hasMessageContaining("version: ");
    }

    @Test
    void aChunkOfAThousandRefusesOnlyItsBadTradeNamingTheFieldAndTheRule() {
        List<NewTrade> chunk = new ArrayList<>();
        for (int i = 0; i < TradeBook.CHUNK; i++) {
            chunk.add(broker.buy(SecuritiesFixture.CLIENT, 1, "10"));
        }
        chunk.set(417, chunk.get(417).withTradeRef(null));

        List<CaptureOutcome> outcomes = book.captureAll(broker.actor("operator.ho"), TradeSource.CSV, chunk);

        assertThat(outcomes).hasSize(TradeBook.CHUNK);
        assertThat(outcomes.get(417).kind()).isEqualTo(CaptureOutcome.Kind.REFUSED);
        assertThat(outcomes.get(417).errors()).extracting(FieldError::field).contains("tradeRef");
        assertThat(outcomes.stream().filter(o -> o.kind() == CaptureOutcome.Kind.CAPTURED))
                .hasSize(TradeBook.CHUNK - 1);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(TradeBook.CHUNK - 1);
        // An audit entry per ledger batch the chunk took, written with its rows: together they name every trade.
        List<String> entries = broker.platform().audit().list(broker.actor("auditor"), null, 0, 100).items().stream()
                .filter(e -> e.action().equals("CAPTURE"))
                .map(e -> e.after())
                .toList();
        assertThat(entries.stream()
                        .mapToInt(json -> Integer.parseInt(json.replaceAll(".*\"trades\":(\\d+).*", "$1")))
                        .sum())
                .isEqualTo(TradeBook.CHUNK - 1);

        List<CaptureOutcome> again = book.captureAll(broker.actor("operator.ho"), TradeSource.CSV, chunk);
        assertThat(again.stream().filter(o -> o.kind() == CaptureOutcome.Kind.DUPLICATE))
                .hasSize(TradeBook.CHUNK - 1);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(TradeBook.CHUNK - 1);
    }

    @Test
    void aReferenceTwiceInOneCaptureIsRefusedAcrossItsChunks() {
        List<NewTrade> trades = new ArrayList<>();
        for (int i = 0; i < TradeBook.CHUNK + 500; i++) {
            trades.add(broker.buy(SecuritiesFixture.CLIENT, 1, "10"));
        }
        int again = TradeBook.CHUNK + 200;
        trades.set(again, trades.get(again).withTradeRef(trades.get(5).tradeRef()));

        List<CaptureOutcome> outcomes = book.captureAll(broker.actor("operator.ho"), TradeSource.CSV, trades);

        assertThat(outcomes.get(again).row()).isEqualTo(again + 1);
        assertThat(outcomes.get(again).kind()).isEqualTo(CaptureOutcome.Kind.REFUSED);
        assertThat(outcomes.get(again).errors())
                .containsExactly(new FieldError("tradeRef", "appears twice in the same capture"));
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isEqualTo(trades.size() - 1);
    }

    @Test
    void captureIsTheCapturersOnly() {
        assertThatThrownBy(() -> book.capture(
                        broker.actor("controller.ho"),
                        TradeSource.MANUAL,
                        broker.buy(SecuritiesFixture.CLIENT, 1, "10")))
                .isInstanceOf(SecurityException.class);
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_trades")).isZero();
    }

    @Test
    void tradeRowsAndTheirAuditEntryCommitTogetherOrNotAtAll() {
        Trade trade = captured(broker.buy(SecuritiesFixture.CLIENT, 1, "10"));
        long audit = broker.rows("SELECT COUNT(*) FROM audit_log");
        long ledger = broker.rows("SELECT COUNT(*) FROM ledger_transactions");
        OperationKind<Trade> real = new TradeCaptureKind();
        // The real capture's rows, then a failure before the batch commits.
        OperationKind<Trade> failing = new OperationKind<>() {
            @Override
            public String type() {
                return "FailingTradeCapture";
            }

            @Override
            public String branch(Trade t) {
                return real.branch(t);
            }

            @Override
            public List<TransactionRequest> movements(Trade t) {
                return real.movements(t);
            }

            @Override
            public TransactionId id(Trade t) {
                return real.id(t);
            }

            @Override
            public List<AuditRecord> write(Connection c, List<Trade> accepted) throws SQLException {
                real.write(c, accepted);
                throw new SQLException("disk full");
            }
        };
        broker.platform().operations().register(failing);
        broker.platform().permissions().grant(failing.type(), Action.CREATE, Role.OPERATOR);
        Trade other = new Trade(
                broker.platform().ids().next().value(),
                "FAIL-1",
                TradeSource.MANUAL,
                trade.branch(),
                1,
                TradeStatus.NEW,
                trade.side(),
                trade.isin(),
                trade.quantity(),
                trade.price(),
                trade.currency(),
                trade.tradeDate(),
                trade.settlementDate(),
                trade.depoAccount(),
                trade.counterparty(),
                trade.market(),
                trade.delivery(),
                trade.grossAmount(),
                trade.accruedInterest(),
                trade.fees(),
                trade.settlementAmount(),
                trade.ssiId(),
                List.of(),
                trade.capturedAt(),
                "operator.ho");

        assertThatThrownBy(() -> broker.platform().operations().record(broker.actor("operator.ho"), failing, other))
                .hasMessageContaining("disk full");

        assertThat(book.findByRef("FAIL-1")).isEmpty();
        assertThat(broker.rows("SELECT COUNT(*) FROM audit_log")).isEqualTo(audit);
        assertThat(broker.rows("SELECT COUNT(*) FROM ledger_transactions")).isEqualTo(ledger);
        // The book goes on: the next capture commits as usual.
        Outcome next = broker.platform().operations().record(broker.actor("operator.ho"), registered(), other);
        assertThat(next).isInstanceOf(Outcome.Accepted.class);
        assertThat(book.findByRef("FAIL-1")).isPresent();
    }

    @SuppressWarnings("unchecked")
    private OperationKind<Trade> registered() {
        return (OperationKind<Trade>) broker.platform().operations().kinds().stream()
                .filter(k -> k.type().equals(TradeCaptureKind.TYPE))
                .findFirst()
                .orElseThrow();
    }
}
