package org.backoffice.server.securities;

import org.backoffice.securities.Securities;
import org.backoffice.securities.settlement.Format;
import org.backoffice.securities.settlement.Instruction;

/** An instruction's message as the pages and the API give it to read or download. */
public final class InstructionMessages {
    private InstructionMessages() {}

    /** The instruction as sent: MT540-543, or sese.023 (sese.020 for a cancellation). */
    public static String text(Securities securities, Instruction in, Format format) {
        return securities.settlement().message(in.id(), format);
    }
}
