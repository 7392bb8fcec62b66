package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.FieldError;
import org.backoffice.platform.security.IssuedToken;
import org.backoffice.server.web.IsoTime;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens: every user makes and revokes their own (an administrator sees and revokes everyone's). A new token
 * is shown in the answer to the request that made it, once; the platform keeps only its hash.
 */
@PageController
final class TokensPagesController {
    private final Platform platform;

    TokensPagesController(Platform platform) {
        this.platform = platform;
    }

    public record TokenRow(long id, String username, String name, String createdAt, String revokedAt, boolean active) {}

    @GetMapping("/tokens")
    String tokens(Viewer viewer, Model model) {
        return page(viewer, model);
    }

    @PostMapping("/tokens")
    String issue(
            Viewer viewer,
            @RequestParam(name = "name", defaultValue = "") String name,
            Model model,
            HttpServletResponse response) {
        try {
            IssuedToken issued = platform.users().issueToken(viewer.actor(), name);
            SecretShownOnce.show(
                    model,
                    response,
                    "Token " + issued.token().name() + " created.",
                    "Token " + issued.token().name(),
                    issued.secret());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("nameProblem", FieldError.parse(e.getMessage()).message());
            model.addAttribute("name", name);
        }
        return page(viewer, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable("id") long id, RedirectAttributes redirect) {
        try {
            platform.users().revokeToken(viewer.actor(), id);
            redirect.addFlashAttribute("notice", "Token " + id + " revoked.");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/tokens";
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute(
                "tokens",
                platform.users().tokens(viewer.actor()).stream()
                        .map(t -> new TokenRow(
                                t.id(),
                                t.username(),
                                t.name(),
                                IsoTime.of(t.createdAt()),
                                IsoTime.of(t.revokedAt()),
                                t.active()))
                        .toList());
        return "platform/tokens";
    }
}
