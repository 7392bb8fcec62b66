package org.backoffice.securities.message;

/** What one line of a FIX message log held: a fill, no fill (another message), or a failure. */
public sealed interface FixLogLine {
    long lineNumber();

    /** A trade message read into a fill. */
    record Fill(long lineNumber, FixFill fill) implements FixLogLine {}

    /** A message that is no fill (a heartbeat, an order acknowledgement, a blank line); msgType may be empty. */
    record Skipped(long lineNumber, String msgType) implements FixLogLine {}

    /** A line that could not be read; the message names the tag and the rule. */
    record Failure(long lineNumber, String message) implements FixLogLine {}
}
