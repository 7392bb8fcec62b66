package org.backoffice.securities.settlement;

import java.time.Instant;

/**
 * One change of an instruction's status, or a status message that left it where it was.
 *
 * @param from null for the instruction's creation
 * @param sourceRef the message or document that caused it
 */
public record InstructionEvent(
        long id,
        long instructionId,
        Instant at,
        InstructionStatus from,
        InstructionStatus to,
        String reasonCode,
        String text,
        String sourceRef,
        String actor) {}
