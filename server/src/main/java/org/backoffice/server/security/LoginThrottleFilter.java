package org.backoffice.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link LoginThrottle}: every form sign-in counts; an API request with a password or a token counts
 * when it is refused. Past the limit, a form sign-in gets the sign-in page with a message and an API request a
 * problem, both with status 429.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    static final String THROTTLED_PAGE = "/login/throttled";

    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (request.getMethod().equals("POST") && request.getServletPath().equals("/login")) {
            String username = request.getParameter("username");
            if (!throttle.allows(address, username)) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
                return;
            }
            throttle.record(address, username);
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        String username = basicUsername(authorization);
        if (!throttle.allows(address, username)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "60");
            problems.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-in attempts; try again in a minute.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.record(address, username);
        }
    }

    /** The user name of an HTTP Basic header, or null for any other scheme or a malformed header. */
    static String basicUsername(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
