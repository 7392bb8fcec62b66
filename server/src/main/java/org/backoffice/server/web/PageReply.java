package org.backoffice.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page answers an action posted to it. Done, it goes on to the next page with a notice, by a redirect so that a
 * reload does not post again; refused, it shows the page again with the problem, and the status says what kind of
 * refusal it was.
 */
public final class PageReply {
    private PageReply() {}

    /** Goes on to {@code next} with the notice of what was done. */
    public static String done(RedirectAttributes redirect, String notice, String next) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + next;
    }

    /** Shows the page again with the problem above it; the view's name. */
    public static String refused(
            HttpServletResponse response, HttpStatus status, Model model, String problem, Supplier<String> page) {
        response.setStatus(status.value());
        model.addAttribute("problem", problem);
        return page.get();
    }

    /** The status of a refusal: 409 when the state of things forbids it, 400 when the input breaks a rule. */
    public static HttpStatus statusOf(RuntimeException refusal) {
        return refusal instanceof IllegalStateException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }
}
