package org.backoffice.platform.document;

/** The type-specific part of a document; each document type has one record implementing this. */
public interface DocumentBody {}
