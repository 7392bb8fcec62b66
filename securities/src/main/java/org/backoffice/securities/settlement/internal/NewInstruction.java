package org.backoffice.securities.settlement.internal;

import org.backoffice.ledger.Transfer;
import org.backoffice.securities.settlement.Instruction;
import org.backoffice.securities.settlement.InstructionEvent;

/** A trade's instruction as it is made: its row, its first event, and the pending transfer reserving both legs. */
public record NewInstruction(Instruction instruction, InstructionEvent event, Transfer reservation) {}
