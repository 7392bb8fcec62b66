package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.backoffice.platform.Platform;
import org.backoffice.platform.document.FieldError;
import org.backoffice.server.web.OneTimePasswordInterceptor;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password, giving the current one. A user signed in with a one-time
 * password (from {@code backoffice init}, or an administrator's reset) is sent here first.
 */
@PageController
final class PasswordController {
    private final Platform platform;

    PasswordController(Platform platform) {
        this.platform = platform;
    }

    @GetMapping(OneTimePasswordInterceptor.PASSWORD_PAGE)
    String form(Viewer viewer, Model model) {
        return page(viewer, model);
    }

    @PostMapping(OneTimePasswordInterceptor.PASSWORD_PAGE)
    String change(
            Viewer viewer,
            @RequestParam(name = "currentPassword", defaultValue = "") String current,
            @RequestParam(name = "newPassword", defaultValue = "") String replacement,
            @RequestParam(name = "repeatPassword", defaultValue = "") String repeat,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (!replacement.equals(repeat)) {
                throw new IllegalArgumentException("repeatPassword: does not match the new password");
            }
            platform.users().changePassword(viewer.username(), current, replacement);
            redirect.addFlashAttribute("notice", "Your password is changed.");
            return "redirect:/";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FieldError error = FieldError.parse(e.getMessage());
            model.addAttribute("problemField", error.field());
            model.addAttribute("fieldProblem", error.message());
            return page(viewer, model);
        }
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute(
                "mustChange",
                platform.users()
                        .find(viewer.username())
                        .map(u -> u.mustChangePassword())
                        .orElse(false));
        return "platform/password";
    }
}
