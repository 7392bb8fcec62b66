package org.backoffice.server.securities.web;

import org.backoffice.securities.Securities;
import org.backoffice.securities.message.Sese023Writer;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.Instruction;

/** An instruction's message as the pages and the API give it to read or download. */
public final class InstructionMessages {
    private InstructionMessages() {}

    /**
     * The instruction as sent: MT540-543 from the settlement service, sese.023 (or sese.020 for a cancellation)
     * written here from the same message fields, dated when the instruction was made so that it reads the same each
     * time.
     */
    public static String text(Securities securities, Instruction in, Format format) {
        if (format == Format.MT) {
            return securities.settlement().message(in.id(), Format.MT);
        }
        return Sese023Writer.write(
                securities.settlement().instructionMessage(in),
                securities.settings().bic(),
                in.place(),
                in.createdAt());
    }
}
