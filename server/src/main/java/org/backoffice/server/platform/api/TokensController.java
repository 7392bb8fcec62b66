package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.ApiToken;
import org.backoffice.platform.security.IssuedToken;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.IdempotencyFilter;
import org.backoffice.server.web.ItemsJson;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tokens", description = "API tokens: Authorization: Bearer <token>. A token is shown once, when issued.")
@RestController
@RequestMapping("/api/tokens")
class TokensController {
    private final Platform platform;

    TokensController(Platform platform) {
        this.platform = platform;
    }

    record NewToken(
            @Schema(description = "What the token is for, 1..64 characters", example = "bench")
            String name) {}

    @Schema(name = "IssuedToken")
    record IssuedTokenJson(
            String id,
            String name,

            @Schema(
                    description = "The token itself: shown only in this answer, stored only as a hash; a replayed"
                            + " request (Idempotent-Replayed: true) answers null here")
            String token,

            Instant createdAt) {}

    @Schema(name = "Token")
    record TokenJson(String id, String username, String name, Instant createdAt, Instant revokedAt, boolean active) {
        static TokenJson of(ApiToken token) {
            return new TokenJson(
                    Long.toString(token.id()),
                    token.username(),
                    token.name(),
                    token.createdAt(),
                    token.revokedAt(),
                    token.active());
        }
    }

    @Operation(summary = "Issues an API token for the signed-in user")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<IssuedTokenJson> issue(
            @RequestBody NewToken request, Authentication authentication, HttpServletRequest http) {
        IssuedToken issued = platform.users().issueToken(CurrentActor.of(authentication), request.name());
        IdempotencyFilter.keepSecret(http, "token");
        ApiToken token = issued.token();
        return ResponseEntity.created(URI.create("/api/tokens/" + token.id()))
                .cacheControl(CacheControl.noStore())
                .body(new IssuedTokenJson(Long.toString(token.id()), token.name(), issued.secret(), token.createdAt()));
    }

    @Operation(summary = "The signed-in user's tokens; an administrator sees everyone's")
    @GetMapping
    ItemsJson<TokenJson> list(Authentication authentication) {
        List<TokenJson> tokens = platform.users().tokens(CurrentActor.of(authentication)).stream()
                .map(TokenJson::of)
                .toList();
        return new ItemsJson<>(tokens);
    }

    @Operation(summary = "Revokes a token; it authenticates nothing from now on")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable("id") long id, Authentication authentication) {
        platform.users().revokeToken(CurrentActor.of(authentication), id);
        return ResponseEntity.noContent().build();
    }
}
