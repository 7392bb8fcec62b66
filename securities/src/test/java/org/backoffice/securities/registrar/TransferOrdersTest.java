package org.backoffice.securities.registrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.backoffice.ledger.AccountId;
import org.backoffice.ledger.Balance;
import org.backoffice.ledger.TransactionKind;
import org.backoffice.ledger.TransactionRecord;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.platform.security.Actor;
import org.backoffice.securities.custody.Books;
import org.backoffice.securities.message.Direction;
import org.backoffice.securities.message.SettlementConfirmation;
import org.backoffice.securities.reference.Counterparty;
import org.backoffice.securities.reference.DepoAccount;
import org.backoffice.securities.reference.StandingInstruction;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionStatus;
import org.backoffice.securities.settlement.Settlement;
import org.backoffice.securities.testing.BrokerTest;
import org.backoffice.securities.testing.SecuritiesFixture;
import org.backoffice.securities.trade.Delivery;
import org.backoffice.securities.trade.NewTrade;
import org.backoffice.securities.trade.Side;
import org.backoffice.securities.trade.Trade;
import org.backoffice.securities.trade.TradeSource;
import org.backoffice.securities.trade.TradeStatus;
import org.junit.jupiter.api.Test;

class TransferOrdersTest extends BrokerTest {
    static final String GAMMA = SecuritiesFixture.lei("DEMOGAMMANOMINEE03");

    Settlement settlement;
    TransferOrders orders;
    long position;
    long money;

    @Override
    protected void prepare() {
        settlement = broker.securities().settlement();
        orders = broker.securities().transferOrders();
        broker.fund(SecuritiesFixture.CLIENT, "GBP", "100000.00");
        // The trade book wants the counterparty's instruction at the instrument's place: the registrar.
        Actor admin = broker.actor("admin");
        broker.securities().counterparties().add(admin, new Counterparty(GAMMA, "GAMMGB2LXXX", "Gamma Nominees Ltd"));
        broker.securities()
                .counterparties()
                .addInstruction(
                        admin,
                        new StandingInstruction(
                                0,
                                GAMMA,
                                "XLON",
                                SecuritiesFixture.REGISTRAR,
                                "GAMMGB2LXXX",
                                "REG-GAMMA-7",
                                "GB29NWBK60161331926819",
                                LocalDate.of(2026, 1, 1)));
        DepoAccount client = broker.depo(SecuritiesFixture.CLIENT);
        position = broker.securities().books().position(client, SecuritiesFixture.REGISTERED);
        money = broker.securities().books().money(client, "GBP");
    }

    private Balance balance(long account) {
        return broker.platform().ledger().balance(AccountId.of(account)).orElseThrow();
    }

    private Instruction instructRegisteredBuy() {
        Trade trade = broker.securities()
                .trades()
                .capture(
                        operator,
                        TradeSource.MANUAL,
                        new NewTrade(
                                "REG-1",
                                Side.BUY,
                                SecuritiesFixture.REGISTERED,
                                200,
                                new BigDecimal("5.00"),
                                "GBP",
                                SecuritiesFixture.TODAY,
                                null,
                                SecuritiesFixture.CLIENT,
                                GAMMA,
                                null,
                                Delivery.DVP))
                .trade();
        assertThat(trade.status()).isEqualTo(TradeStatus.NEW);
        Instruction in = settlement.instruct(operator, trade.id()).instruction();
        assertThat(in.registrar()).isTrue();
        return in;
    }

    @Test
    void theOrderIsRefusedWithoutTheExtractAndCompletesWithIt() {
        Instruction in = instructRegisteredBuy();
        assertThat(balance(position).creditsPending()).isEqualTo(200);
        long moneyBefore = balance(money).posted();

        TransferOrder order = orders.generate(operator, in.tradeId());
        assertThat(order.number()).isEqualTo("TO-HO-2026-000001");
        assertThat(order.buyerAccount()).isEqualTo(SecuritiesFixture.CLIENT);
        assertThat(order.buyerOwner()).isEqualTo("Jane Investor");
        assertThat(order.sellerOwner()).isEqualTo("Gamma Nominees Ltd");
        assertThat(order.quantity()).isEqualTo(200);
        assertThat(order.registrarBic()).isEqualTo(SecuritiesFixture.REGISTRAR);
        assertThat(order.sellerAccount()).isEqualTo("REG-GAMMA-7");
        assertThat(orders.generate(operator, in.tradeId()).id()).isEqualTo(order.id());
        assertThat(new String(orders.pdf(operator, order.id()), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        orders.registerSent(operator, order.id(), SecuritiesFixture.TODAY);
        assertThat(orders.pendingWithoutExtract(operator))
                .extracting(TransferOrder::id)
                .containsExactly(order.id());

        assertThatThrownBy(() -> orders.complete(controller, order.id()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining(
                        "supportingDocument: the registrar's extract must be attached before ownership moves");
        assertThat(balance(position).posted()).isZero();
        assertThat(balance(position).creditsPending()).isEqualTo(200);
        assertThat(settlement.find(in.id()).orElseThrow().status()).isEqualTo(InstructionStatus.INSTRUCTED);
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(TransferOrderStatus.SENT);

        byte[] extract = "Register extract: 200 GB00DEMOR01 to Jane Investor".getBytes(StandardCharsets.UTF_8);
        orders.attachExtract(operator, order.id(), "extract.pdf", extract);
        assertThat(orders.pendingWithoutExtract(operator)).isEmpty();
        assertThat(orders.extract(operator, order.id())).contains(extract);
        TransferOrder completed = orders.complete(controller, order.id());

        assertThat(completed.status()).isEqualTo(TransferOrderStatus.COMPLETED);
        assertThat(completed.completedBy()).isEqualTo("controller.ho");
        Instruction settled = settlement.find(in.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(InstructionStatus.SETTLED);
        assertThat(broker.securities().trades().find(in.tradeId()).orElseThrow().status())
                .isEqualTo(TradeStatus.SETTLED);
        assertThat(balance(position).posted()).isEqualTo(200);
        assertThat(balance(position).creditsPending()).isZero();
        assertThat(balance(money).posted()).isEqualTo(moneyBefore - in.settlementAmount() - in.fees());
        assertThat(balance(money).debitsPending()).isZero();
        TransactionRecord post = broker.platform().ledger().movementsOf(in.reference()).stream()
                .filter(r -> r.kind() == TransactionKind.POST_PENDING)
                .findFirst()
                .orElseThrow();
        assertThat(post.postings().stream().map(p -> p.asset().value()).distinct())
                .containsExactlyInAnyOrder("GBP", SecuritiesFixture.REGISTERED);
        assertThatThrownBy(() -> orders.complete(controller, order.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whoAttachesTheExtractMayNotComplete() {
        Instruction in = instructRegisteredBuy();
        TransferOrder order = orders.generate(operator, in.tradeId());
        orders.attachExtract(controller, order.id(), "extract.pdf", new byte[] {1, 2, 3});

        assertThatThrownBy(() -> orders.complete(controller, order.id())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> orders.complete(operator, order.id())).isInstanceOf(SecurityException.class);
        assertThat(balance(position).posted()).isZero();
        assertThatThrownBy(() -> orders.attachExtract(operator, order.id(), "a/b.pdf", new byte[] {1}))
                .hasMessageContaining("fileName");
        assertThatThrownBy(() -> orders.attachExtract(operator, order.id(), "x.pdf", new byte[0]))
                .hasMessageContaining("content");
        assertThatThrownBy(() -> orders.registerSent(operator, order.id(), null))
                .hasMessageContaining("sentOn");
    }

    @Test
    void aRegistrarHeldInstructionTakesNoDepositoryConfirmation() {
        Instruction in = instructRegisteredBuy();

        assertThatThrownBy(() -> settlement.applyConfirmation(
                        operator,
                        new SettlementConfirmation(
                                in.reference(),
                                "C1",
                                Direction.RECEIVE,
                                true,
                                in.isin(),
                                BigDecimal.valueOf(200),
                                new BigDecimal("1000.00"),
                                "GBP",
                                LocalDate.of(2026, 11, 27),
                                false,
                                false)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("reference: " + in.reference() + " settles through the registrar");
        assertThat(balance(position).posted()).isZero();
        assertThat(Instant.EPOCH).isNotNull();
    }

    @Test
    void anOrderIsOnlyForAnInstructedRegistrarHeldTrade() {
        Trade share = broker.securities()
                .trades()
                .capture(operator, TradeSource.MANUAL, broker.buy(SecuritiesFixture.CLIENT, 10, "10.00"))
                .trade();
        assertThatThrownBy(() -> orders.generate(operator, share.id()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("tradeId: trade " + share.tradeRef() + " is not instructed");
        settlement.instruct(operator, share.id());
        assertThatThrownBy(() -> orders.generate(operator, share.id()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("isin: " + SecuritiesFixture.SHARE + " is not registrar-held");
        assertThat(broker.rows("SELECT COUNT(*) FROM sec_transfer_orders")).isZero();
        assertThat(Books.DEPOSITORY).isNotNull();
    }
}
