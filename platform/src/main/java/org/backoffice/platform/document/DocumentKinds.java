package org.backoffice.platform.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document types a profile enables, by name. */
public final class DocumentKinds {
    private final Map<String, DocumentKind<?>> byType = new LinkedHashMap<>();

    public DocumentKinds(List<DocumentKind<?>> kinds) {
        for (DocumentKind<?> kind : kinds) {
            byType.put(kind.type(), kind);
        }
    }

    public DocumentKind<?> kind(String type) {
        DocumentKind<?> kind = byType.get(type);
        if (kind == null) {
            throw InvalidDocumentException.of("type", "must be one of " + byType.keySet() + ", was '" + type + "'");
        }
        return kind;
    }

    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    public Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        byType.forEach((type, kind) -> prefixes.put(type, kind.numberPrefix()));
        return prefixes;
    }
}
