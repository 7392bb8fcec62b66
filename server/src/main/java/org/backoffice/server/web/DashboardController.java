package org.backoffice.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in. */
@Controller
final class DashboardController {
    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }
}
