/**
 * The SWIFT plumbing every message adapter shares, pure and database-free: ISO 15022 (MT) text
 * blocks read by sequence and qualifier ({@link org.backoffice.platform.message.MtMessage}) and
 * written tag by tag ({@link org.backoffice.platform.message.MtWriter}), MT decimals and dates,
 * and telling which ISO 20022 message a file holds without reading a DTD ({@link
 * org.backoffice.platform.message.MxFiles}). What cannot be read throws an {@link
 * IllegalArgumentException} naming the field: {@link
 * org.backoffice.platform.message.MessageFormatException} for MT tags.
 */
package org.backoffice.platform.message;
