package org.backoffice.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the web UI. What the platform refuses to a user (another branch's document, a role they lack)
 * is a 403, what they may not see is a 404 as if it did not exist, and a broken rule is a 400 or a 409 that says
 * which. No exception text other than the platform's own rule messages reaches the page.
 */
@ControllerAdvice(annotations = PageController.class)
final class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** Every page of the UI knows its viewer, for the navigation. */
    @ModelAttribute("viewer")
    Viewer viewer(Viewer viewer) {
        return viewer;
    }

    @ExceptionHandler({SecurityException.class, AccessDeniedException.class})
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "Your roles do not allow this.");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "There is nothing here.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception error) {
        String name = error instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : ((MissingServletRequestParameterException) error).getParameterName();
        return page(HttpStatus.BAD_REQUEST, name + ": is not valid.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView invalid(IllegalArgumentException error) {
        return page(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView conflict(IllegalStateException error) {
        return page(HttpStatus.CONFLICT, error.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception error, HttpServletRequest request) throws Exception {
        if (error instanceof org.springframework.web.ErrorResponse) {
            throw error;
        }
        log.error("Unexpected failure of {}", request.getRequestURI(), error);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView(
                "error",
                Map.of(
                        "status",
                        status.value(),
                        "title",
                        status.getReasonPhrase(),
                        "message",
                        message == null ? "The request could not be handled." : message),
                status);
    }
}
