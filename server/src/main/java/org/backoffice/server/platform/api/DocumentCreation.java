package org.backoffice.server.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.backoffice.platform.document.DocumentResult;
import org.backoffice.platform.document.IdempotencyKey;
import org.backoffice.platform.security.Actor;
import org.backoffice.server.metrics.CommitTimer;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.IdempotencyFilter;
import org.backoffice.server.web.RequestHash;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document created through the API. Its Idempotency-Key is kept by the platform in the document's own
 * transaction, so a retry of the same request answers the document the first one made, with
 * {@code Idempotent-Replayed: true}, and posts nothing twice.
 */
@Component
public class DocumentCreation {
    private final CommitTimer commits;
    private final JsonMapper json;

    DocumentCreation(CommitTimer commits, JsonMapper json) {
        this.commits = commits;
        this.json = json;
    }

    /** How the platform creates the document, as the actor, under the request's key (null without one). */
    @FunctionalInterface
    public interface Create {
        DocumentResult create(Actor actor, IdempotencyKey key);
    }

    /** The document {@code create} makes of {@code request}, the caller's {@code key} (may be null) kept with it. */
    public DocumentResult create(
            Object request, String key, Authentication authentication, HttpServletRequest http, Create create) {
        Actor actor = CurrentActor.of(authentication);
        IdempotencyKey idempotency = key == null
                ? null
                : new IdempotencyKey(
                        actor.username(),
                        key,
                        RequestHash.of("POST", IdempotencyFilter.pathAndQuery(http), json.writeValueAsBytes(request)));
        return commits.record("create", () -> create.create(actor, idempotency));
    }

    /** 201 Created at the document's address, saying whether it is the answer to an earlier request. */
    public static ResponseEntity.BodyBuilder created(DocumentResult result) {
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.created(URI.create(DocumentViews.address(result.document())));
        if (result.replayed()) {
            answer.header(IdempotencyFilter.REPLAYED, "true");
        }
        return answer;
    }
}
