package org.backoffice.server.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * A password or token the page shows this once (the {@code secret} fragment): no cache keeps the page, and
 * the notice says what was done.
 */
final class SecretShownOnce {
    private SecretShownOnce() {}

    static void show(Model model, HttpServletResponse response, String notice, String label, String secret) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("notice", notice);
        model.addAttribute("secretLabel", label);
        model.addAttribute("secret", secret);
    }
}
