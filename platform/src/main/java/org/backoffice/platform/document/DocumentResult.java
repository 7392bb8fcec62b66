package org.backoffice.platform.document;

/** A document after a change; {@code replayed} when an earlier request with the same key made it. */
public record DocumentResult(Document document, boolean replayed) {}
