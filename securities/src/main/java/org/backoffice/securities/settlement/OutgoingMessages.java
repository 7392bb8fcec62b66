package org.backoffice.securities.settlement;

import java.math.BigDecimal;
import java.util.Optional;
import org.backoffice.platform.Platform;
import org.backoffice.platform.amount.Amount;
import org.backoffice.platform.document.InvalidDocumentException;
import org.backoffice.securities.SecuritiesSettings;
import org.backoffice.securities.message.Mt54xWriter;
import org.backoffice.securities.message.Sese023Writer;
import org.backoffice.securities.message.SettlementInstructionMessage;
import org.backoffice.securities.reference.Instrument;
import org.backoffice.securities.reference.Instruments;

/** The instruction as sent to the place of settlement: MT540-543 or sese.023, or its cancellation (CANC). */
final class OutgoingMessages {
    private final Platform platform;
    private final SecuritiesSettings settings;
    private final Instruments instruments;
    private final InstructionQueries queries;

    OutgoingMessages(
            Platform platform, SecuritiesSettings settings, Instruments instruments, InstructionQueries queries) {
        this.platform = platform;
        this.settings = settings;
        this.instruments = instruments;
        this.queries = queries;
    }

    String message(long instructionId, Format format) {
        Instruction in = queries.find(instructionId)
                .orElseThrow(() -> InvalidDocumentException.of("instructionId", "no instruction " + instructionId));
        SettlementInstructionMessage message = instructionMessage(in);
        if (format == Format.MX) {
            // Dated when the instruction was made, so the message reads the same each time it is asked for.
            return Sese023Writer.write(message, settings.bic(), in.place(), in.createdAt());
        }
        return Mt54xWriter.write(message, settings.bic(), in.place());
    }

    /** The message's fields; a cancelled instruction gives its cancellation, linked by PREV. */
    SettlementInstructionMessage instructionMessage(Instruction in) {
        Optional<Instrument> instrument = instruments.find(in.isin());
        boolean bond = instrument.map(Instrument::bond).orElse(false);
        BigDecimal units = amount(in.isin(), in.quantity()).decimal();
        // A bond is instructed by its face amount (FAMT): the units held times the nominal.
        BigDecimal quantity = bond ? instrument.get().nominal().multiply(units) : units;
        return new SettlementInstructionMessage(
                in.status() == InstructionStatus.CANCELLED ? in.cancellationReference() : in.reference(),
                in.direction(),
                in.dvp(),
                in.isin(),
                quantity,
                bond,
                in.tradeDate(),
                in.settlementDate(),
                in.dvp() ? amount(in.currency(), in.settlementAmount()).decimal() : null,
                in.dvp() ? in.currency() : null,
                in.depoAccount(),
                in.place(),
                in.counterpartyBic(),
                in.counterpartyAccount(),
                in.status() == InstructionStatus.CANCELLED ? in.reference() : null);
    }

    private Amount amount(String asset, long units) {
        return Amount.of(
                platform.accounts()
                        .asset(asset)
                        .orElseThrow(() -> new IllegalStateException("no asset " + asset + " in the ledger")),
                units);
    }
}
