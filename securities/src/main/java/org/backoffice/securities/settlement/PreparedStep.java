package org.backoffice.securities.settlement;

import org.backoffice.securities.settlement.internal.InstructionStep;
import org.backoffice.securities.settlement.internal.InstructionStepKind;

/** A step made ready from the instruction as read, with the kind it is recorded as; what it is, in words, for errors. */
record PreparedStep(InstructionStepKind kind, InstructionStep step, String what) {}
