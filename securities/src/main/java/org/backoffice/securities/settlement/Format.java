package org.backoffice.securities.settlement;

/** The message standard of an instruction sent out: SWIFT MT54x or ISO 20022 sese.023. */
public enum Format {
    MT,
    MX
}
