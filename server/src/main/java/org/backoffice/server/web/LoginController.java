package org.backoffice.server.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
final class LoginController {
    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }

    /** Where too many sign-in attempts are forwarded to. */
    @RequestMapping("/login/throttled")
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String throttled(Model model) {
        model.addAttribute("throttled", true);
        return "login";
    }
}
