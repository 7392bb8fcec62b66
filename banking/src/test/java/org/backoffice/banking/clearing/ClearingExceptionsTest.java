package org.backoffice.banking.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backoffice.banking.clearing.ClearingBank.DE_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.FR_IBAN;
import static org.backoffice.banking.clearing.ClearingBank.incoming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backoffice.banking.account.HouseAccounts;
import org.backoffice.banking.account.Iban;
import org.backoffice.banking.message.Pacs008Reader;
import org.backoffice.banking.testing.BankTest;
import org.backoffice.platform.attachment.Attachment;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentStatus;
import org.backoffice.platform.document.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class ClearingExceptionsTest extends BankTest {
    ClearingBank clearing;
    ClearingExceptions exceptions;
    ClearingException returned;
    ClearingException rerouted;
    /** Head office's EUR suspense before the import: the fixture funds accounts out of it. */
    long suspense;

    @Override
    protected void prepare() {
        clearing = new ClearingBank(bank);
        exceptions = clearing.clearing().exceptions();
        suspense = clearing.house(HouseAccounts.SUSPENSE, "EUR");
        String unknown = Iban.of("GB", "DEMO40000099999999").value();
        clearing.clearing()
                .incoming()
                .importFile(
                        operator,
                        "in.csv",
                        ClearingBank.csv(List.of(
                                incoming("RET-1", DE_IBAN, "BANKDEFFXXX", unknown, "EUR", "60.00"),
                                incoming("RR-1", FR_IBAN, "BANKFRPP", unknown, "EUR", "25.00"))));
        List<ClearingException> open = exceptions.list(operator, "OPEN", 0, 10);
        returned = open.get(0);
        rerouted = open.get(1);
    }

    @Test
    void aReturnApprovedByAControllerLeavesSuspenseAndSettlesWithTheNextCycleTowardsTheSendingBank() {
        Document proposal = exceptions
                .proposeReturn(operator, returned.id(), "beneficiary unknown", null)
                .document();
        assertThat(proposal.status()).isEqualTo(DocumentStatus.SUBMITTED);
        assertThat(proposal.number()).startsWith("ER-HO-2026-");
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR")).isEqualTo(suspense + 8_500);
        assertThatThrownBy(() -> bank.platform().documents().approve(operator, proposal.id(), "mine"))
                .isInstanceOf(SecurityException.class);

        bank.platform().documents().approve(controller, proposal.id(), "return it");

        ClearingException done = exceptions.get(operator, returned.id());
        assertThat(done.status()).isEqualTo("RETURNED");
        assertThat(done.resolvedHow()).isEqualTo("RETURN");
        assertThat(done.resolvedTo()).isEqualTo("BANKDEFFXXX");
        assertThat(done.proposedBy()).isEqualTo("operator.ho");
        assertThat(done.resolvedBy()).isEqualTo("controller.ho");
        assertThat(done.resolvedAt()).isNotNull();
        assertThat(done.resolutionId()).isEqualTo(proposal.id().value());
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR")).isEqualTo(suspense + 2_500);
        assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, "EUR")).isEqualTo(6_000);

        Document run = clearing.clearing().cycles().close(operator, null).document();
        assertThat(run.body(ClearingRun.class).positions())
                .contains(
                        new NetPosition("DEMOGB2L", "EUR", 6_000, 8_500),
                        new NetPosition("BANKDEFF", "EUR", 6_000, 6_000));
        Attachment pacs = clearing.clearing().cycles().files(operator, run.id()).stream()
                .filter(a -> a.fileName().endsWith("EUR.pacs008.xml"))
                .findFirst()
                .orElseThrow();
        String xml = new String(
                bank.platform()
                        .attachments()
                        .content(operator, run.id(), pacs.sha256())
                        .orElseThrow(),
                StandardCharsets.UTF_8);
        var back = Pacs008Reader.read(xml).batch().payments();
        assertThat(back).hasSize(1);
        assertThat(back.getFirst().creditorIban()).isEqualTo(DE_IBAN);
        assertThat(back.getFirst().creditorBic()).isEqualTo("BANKDEFFXXX");
        assertThat(back.getFirst().endToEndId()).isEqualTo("RET-1");
        bank.platform().documents().approve(controller, run.id(), "settled");
        assertThat(clearing.house(HouseAccounts.CLEARING_PAYABLE, "EUR")).isZero();
        assertThat(clearing.house(HouseAccounts.CLEARING_RECEIVABLE, "EUR")).isZero();

        assertThatThrownBy(() -> exceptions.proposeReturn(operator, returned.id(), "again", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("exceptionId: the exception was returned already");
    }

    @Test
    void aRerouteCreditsTheNamedAccountOnlyIfItIsOpenAndInThePaymentsCurrency() {
        var frozen = bank.account(bank.person("HO", "Fred", "Frost"), "EUR", "CURRENT");
        bank.banking().accounts().freeze(operator, frozen.iban().value(), "court order");

        assertThatThrownBy(() -> exceptions.proposeReroute(
                        operator, rerouted.id(), clearing.aliceUsd.iban().value(), "typo in IBAN", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("targetIban")
                .hasMessageContaining("kept in USD, the payment is in EUR");
        assertThatThrownBy(() -> exceptions.proposeReroute(
                        operator, rerouted.id(), frozen.iban().value(), "typo", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("is frozen");
        assertThatThrownBy(() -> exceptions.proposeReroute(operator, rerouted.id(), "GB00NOPE", "typo", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("targetIban");
        assertThatThrownBy(() -> exceptions.proposeReroute(
                        operator, rerouted.id(), clearing.daveEur.iban().value(), " ", null))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> exceptions.proposeReroute(
                        controller, rerouted.id(), clearing.daveEur.iban().value(), "typo", null))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> exceptions.list(bank.actor("operator.b1"), null, 0, 10))
                .isInstanceOf(SecurityException.class);

        Document proposal = exceptions
                .proposeReroute(
                        operator, rerouted.id(), clearing.daveEur.iban().value(), "beneficiary's new account", null)
                .document();
        assertThat(bank.balance(clearing.daveEur)).isZero();
        bank.platform().documents().approve(controller, proposal.id(), "checked with the client");

        assertThat(bank.balance(clearing.daveEur)).isEqualTo(2_500);
        assertThat(clearing.house(HouseAccounts.SUSPENSE, "EUR")).isEqualTo(suspense + 6_000);
        ClearingException done = exceptions.get(operator, rerouted.id());
        assertThat(done.status()).isEqualTo("REROUTED");
        assertThat(done.resolvedTo()).isEqualTo(clearing.daveEur.iban().value());
        assertThat(exceptions.list(operator, "OPEN", 0, 10))
                .extracting(ClearingException::id)
                .containsExactly(returned.id());
        assertThatThrownBy(() -> exceptions.list(operator, "LOST", 0, 10))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("status");
    }
}
