package org.backoffice.platform.message;

import com.prowidesoftware.swift.model.MxId;
import com.prowidesoftware.swift.model.mx.MxParseUtils;
import java.util.Locale;

/**
 * Tells which ISO 20022 message a file holds, before it is bound to Prowide's model. A file that
 * declares a DOCTYPE is refused before any parser sees it: no ISO 20022 message needs a DTD, and a
 * DTD is how external entities (XXE) and entity expansion get into a parser.
 */
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
        if (xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new IllegalArgumentException("file: must not declare a DOCTYPE (no DTD or external entity is read)");
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
