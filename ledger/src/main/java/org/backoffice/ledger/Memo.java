package org.backoffice.ledger;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a transaction carries besides its postings.
 *
 * @param reference the source document, e.g. {@code PO-BR1-2026-000042}; may be null
 * @param reasonCode why the movement happened, e.g. a write-off reason; may be null
 * @param metadata free key-value pairs, at most 16, kept in key order
 */
public record Memo(String reference, String reasonCode, Map<String, String> metadata) {
    public static final Memo NONE = new Memo(null, null, Map.of());
    private static final int MAX_ENTRIES = 16;

    public Memo {
        reference = Text.optional("reference", reference, 128);
        reasonCode = Text.optional("reasonCode", reasonCode, 64);
        if (metadata == null) {
            metadata = Map.of();
        }
        if (metadata.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("metadata: at most " + MAX_ENTRIES + " entries");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        metadata.forEach((key, value) ->
                sorted.put(Text.required("metadata key", key, 64), Text.required("metadata[" + key + "]", value, 256)));
        metadata = java.util.Collections.unmodifiableMap(sorted);
    }

    public static Memo reference(String reference) {
        return new Memo(reference, null, Map.of());
    }

    public Memo withReasonCode(String code) {
        return new Memo(reference, code, metadata);
    }
}
