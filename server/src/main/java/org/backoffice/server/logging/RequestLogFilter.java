package org.backoffice.server.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status, milliseconds and user. The path is logged without its query
 * string, and no header is logged, so tokens, passwords and search terms stay out of the log. Static files are
 * logged at DEBUG.
 *
 * <p>It runs inside the security filter chain, right after the security context is loaded, so that it sees who
 * the request was from whichever way they authenticated.
 */
public final class RequestLogFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("org.backoffice.server.request");
    private static final int MAX_PATH = 200;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            String path = request.getRequestURI();
            LoggingEventBuilder line = isStatic(path) ? log.atDebug() : log.atInfo();
            line.addKeyValue("method", request.getMethod())
                    .addKeyValue("path", path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "..." : path)
                    .addKeyValue("status", failed ? 500 : response.getStatus())
                    .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000)
                    .addKeyValue("user", currentUser())
                    .log("request");
        }
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/favicon.");
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "-";
        }
        return authentication.getName();
    }
}
