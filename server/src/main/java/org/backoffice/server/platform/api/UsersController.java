package org.backoffice.server.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.backoffice.platform.Platform;
import org.backoffice.platform.security.Actor;
import org.backoffice.platform.security.NewUser;
import org.backoffice.platform.security.Role;
import org.backoffice.platform.security.User;
import org.backoffice.platform.security.Users;
import org.backoffice.server.security.CurrentActor;
import org.backoffice.server.web.IdempotencyFilter;
import org.backoffice.server.web.ItemsJson;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Users",
        description = "Users, their roles and branches. Administrators manage them; auditors may list them. A"
                + " password is never shown, except a one-time password once, when it is set.")
@RestController
@RequestMapping("/api/users")
class UsersController {
    private final Platform platform;
    private final Users users;

    UsersController(Platform platform) {
        this.platform = platform;
        this.users = platform.users();
    }

    @Schema(name = "User")
    record UserJson(
            String username,
            String displayName,
            Set<Role> roles,

            @Schema(description = "Granted branches; empty when allBranches")
            Set<String> branches,

            boolean allBranches,
            boolean enabled,
            boolean mustChangePassword,

            @Schema(description = "Locked after repeated failed sign-ins, until unlocked or the lock runs out")
            boolean locked) {}

    @Schema(name = "NewUser")
    record NewUserRequest(
            @Schema(example = "operator.b3") String username,
            String displayName,
            Set<Role> roles,
            Set<String> branches,

            @Schema(description = "Every branch, now and later; false when omitted")
            Boolean allBranches) {}

    @Schema(name = "Grants")
    record GrantsRequest(
            Set<Role> roles,
            Set<String> branches,

            @Schema(description = "Every branch, now and later; false when omitted")
            Boolean allBranches) {}

    @Schema(name = "UserWithPassword")
    record UserWithPasswordJson(
            UserJson user,

            @Schema(
                    description = "Shown this once; the user must change it at first sign-in. A replayed request"
                            + " (Idempotent-Replayed: true) answers null here")
            String oneTimePassword) {}

    @Operation(summary = "Every user (ADMINISTRATOR or AUDITOR)")
    @GetMapping
    ItemsJson<UserJson> list(Authentication authentication) {
        return new ItemsJson<>(users.list(CurrentActor.of(authentication)).stream()
                .map(this::json)
                .toList());
    }

    @Operation(summary = "Creates a user with a one-time password (ADMINISTRATOR)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<UserWithPasswordJson> create(
            @RequestBody NewUserRequest request, Authentication authentication, HttpServletRequest http) {
        Actor actor = CurrentActor.of(authentication);
        String password = users.createWithOneTimePassword(
                actor,
                new NewUser(
                        request.username(),
                        request.displayName(),
                        request.roles(),
                        request.branches(),
                        Boolean.TRUE.equals(request.allBranches())));
        IdempotencyFilter.keepSecret(http, "oneTimePassword");
        return ResponseEntity.created(URI.create("/api/users/" + request.username()))
                .cacheControl(CacheControl.noStore())
                .body(new UserWithPasswordJson(json(find(request.username())), password));
    }

    @Operation(summary = "Replaces a user's roles and branches (ADMINISTRATOR)")
    @PutMapping("/{username}/grants")
    UserJson grant(
            @PathVariable("username") String username,
            @RequestBody GrantsRequest request,
            Authentication authentication) {
        return json(users.grant(
                CurrentActor.of(authentication),
                username,
                request.roles(),
                request.branches(),
                Boolean.TRUE.equals(request.allBranches())));
    }

    @Operation(summary = "Lifts a lock-out after failed sign-ins (ADMINISTRATOR)")
    @PostMapping("/{username}/unlock")
    UserJson unlock(@PathVariable("username") String username, Authentication authentication) {
        users.unlock(CurrentActor.of(authentication), username);
        return json(find(username));
    }

    @Operation(summary = "Sets a new one-time password, shown once (ADMINISTRATOR)")
    @PostMapping("/{username}/reset-password")
    ResponseEntity<UserWithPasswordJson> resetPassword(
            @PathVariable("username") String username, Authentication authentication, HttpServletRequest http) {
        String password = users.resetPassword(CurrentActor.of(authentication), username);
        IdempotencyFilter.keepSecret(http, "oneTimePassword");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new UserWithPasswordJson(json(find(username)), password));
    }

    private User find(String username) {
        return users.find(username)
                .orElseThrow(() -> new java.util.NoSuchElementException("user " + username + " not found"));
    }

    private UserJson json(User user) {
        return new UserJson(
                user.username(),
                user.displayName(),
                new TreeSet<>(user.roles()),
                new TreeSet<>(user.branches()),
                user.allBranches(),
                user.enabled(),
                user.mustChangePassword(),
                user.lockedAt(platform.clock().instant()));
    }
}
