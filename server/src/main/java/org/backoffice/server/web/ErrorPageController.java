package org.backoffice.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows for an error no controller handled (an unknown page, a failure in a filter):
 * the error page for a browser, a problem for {@code /api/**}, {@code /actuator/**} and any client that does not
 * ask for HTML. Neither includes the exception.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
final class ErrorPageController implements ErrorController {
    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String message = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? "The page had expired. Go back, reload it and try again."
                : message(status);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path == null) {
            path = request.getRequestURI();
        }
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || !wantsHtml(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setProperty(ApiProblemHandler.ERRORS, List.of());
            problem.setInstance(instance(path));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return new ModelAndView(
                "error",
                Map.of("status", status.value(), "title", status.getReasonPhrase(), "message", message),
                status);
    }

    /** The path as the problem's instance; the container hands it over still percent-encoded. */
    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException unusual) {
            return null;
        }
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing here.";
            case FORBIDDEN -> "Your roles do not allow this.";
            case UNAUTHORIZED -> "Sign in first.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case TOO_MANY_REQUESTS -> "Too many requests; wait a minute and try again.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side; it has been logged."
                        : "The request could not be handled.";
        };
    }
}
