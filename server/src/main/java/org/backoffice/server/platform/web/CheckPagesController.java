package org.backoffice.server.platform.web;

import org.backoffice.platform.Platform;
import org.backoffice.platform.check.Consistency;
import org.backoffice.platform.security.Action;
import org.backoffice.server.web.PageController;
import org.backoffice.server.web.Viewer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The consistency check for auditors: the rules a live installation must keep (balances equal their
 * postings, every transaction its document or operation, every module row its transaction) and, on
 * request, what each found. The same check as {@code backoffice check}.
 */
@PageController
final class CheckPagesController {
    private final Platform platform;

    CheckPagesController(Platform platform) {
        this.platform = platform;
    }

    @GetMapping("/check")
    String rules(Viewer viewer, Model model) {
        requireGranted(viewer);
        model.addAttribute("rules", platform.consistency().rules());
        return "platform/check";
    }

    @PostMapping("/check")
    String run(Viewer viewer, Model model) {
        requireGranted(viewer);
        model.addAttribute("report", platform.consistency().run(viewer.actor()));
        return rules(viewer, model);
    }

    private void requireGranted(Viewer viewer) {
        platform.permissions().require(viewer.actor(), Consistency.TYPE, Action.VIEW);
    }
}
