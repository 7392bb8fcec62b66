package org.backoffice.securities.message;

import org.backoffice.platform.message.MessageFormatException;

/** A FIX message that cannot be read, e.g. "tag 31 LastPx: must be given". */
public final class FixMessageException extends MessageFormatException {
    public FixMessageException(String message) {
        super(message);
    }

    public FixMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
