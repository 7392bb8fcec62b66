package org.backoffice.banking.message.internal;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxParseUtils;

/** Tells which ISO 20022 message a file holds, before it is bound to Prowide's model. */
public final class MxFiles {
    private MxFiles() {}

    /** @throws IllegalArgumentException "file: ..." when the text is no ISO 20022 message */
    public static MxId identify(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("file: is empty");
        }
        if (!xml.stripLeading().startsWith("<")) {
            throw new IllegalArgumentException("file: is not XML");
        }
        try {
            return MxParseUtils.identifyMessage(xml)
                    .orElseThrow(
                            () -> new IllegalArgumentException(
                                    "file: is not an ISO 20022 message (no Document namespace urn:iso:std:iso:20022:tech:xsd:...)"));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("file: is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
