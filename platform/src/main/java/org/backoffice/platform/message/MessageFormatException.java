package org.backoffice.platform.message;

/**
 * A message that cannot be read or written: the message names the field or tag and the rule it
 * breaks, e.g. "MT548 :20C::RELA//: must be given". It is an {@link IllegalArgumentException}, so
 * callers that map bad input to a client error handle it with the rest.
 */
public class MessageFormatException extends IllegalArgumentException {
    public MessageFormatException(String message) {
        super(message);
    }

    public MessageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
