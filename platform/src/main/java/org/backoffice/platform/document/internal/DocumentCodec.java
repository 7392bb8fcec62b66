package org.backoffice.platform.document.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.backoffice.platform.document.Document;
import org.backoffice.platform.document.DocumentBody;
import org.backoffice.platform.document.DocumentKinds;
import org.backoffice.platform.internal.Json;
import tools.jackson.databind.util.RawValue;

/** Document bodies as stored, and documents as the audit log keeps them. */
public final class DocumentCodec {
    private final DocumentKinds kinds;

    public DocumentCodec(DocumentKinds kinds) {
        this.kinds = kinds;
    }

    public String body(DocumentBody body) {
        return Json.write(body);
    }

    public DocumentBody body(String type, String json) {
        return Json.read(json, kinds.kind(type).bodyClass());
    }

    /** The document's state as one JSON object: header fields and body. */
    public String snapshot(Document d, String number) {
        return snapshot(d, number, body(d.body()));
    }

    /** As {@link #snapshot(Document, String)}, with the body already written as JSON. */
    public String snapshot(Document d, String number, String bodyJson) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", d.id().toString());
        state.put("type", d.type());
        state.put("number", number);
        state.put("branch", d.branch());
        state.put("date", d.date().toString());
        state.put("status", d.status().name());
        state.put("maker", d.maker());
        state.put("approver", d.approver());
        state.put("version", d.version());
        state.put("asset", d.asset());
        state.put("amount", d.amount());
        state.put("comment", d.comment());
        state.put("body", new RawValue(bodyJson));
        return Json.write(state);
    }
}
