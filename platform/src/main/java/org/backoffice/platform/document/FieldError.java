package org.backoffice.platform.document;

/** One broken rule of an input: the field (e.g. {@code lines[1].amount}) and what is wrong with it. */
public record FieldError(String field, String message) {}
